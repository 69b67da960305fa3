import Plot
import Vapor

/// A call's public page: what it funds, when it is open (Helsinki time), the criteria applications are scored on,
/// and — once decided — the projects it funded. The office's tools and the applicant's "apply" sit beside it.
struct CallPage {
    /// A criterion applications are scored on, in the call's order.
    struct Criterion {
        var id: Int
        var name: LocalizedText
        var guidance: LocalizedText
        var weight: Int
        var scaleMin: Int
        var scaleMax: Int
        var responsibility: Bool
    }

    /// A theme the call asks applications on, named as the shared vocabulary names it.
    struct Theme: NamedInThreeLanguages {
        var nameFi: String
        var nameSv: String
        var nameEn: String
    }

    var id: Int
    var title: CallTitle
    var programmeID: Int
    var programmeName: String
    /// The programme's rule: how many member cities a consortium needs.
    var minMemberCities: Int?
    var description: LocalizedText
    var example: Bool
    var published: Bool
    var opensAt: Date
    var closesAt: Date
    /// Open for applications at `now`.
    var isOpen: Bool
    var budgetCents: Int64?
    /// The funding instruments' names, in the call's order.
    var instruments: [LocalizedText]
    var themes: [Theme]
    var criteria: [Criterion]
    var funded: [FundedProjectDTO]
    var now: Date
    var isOffice: Bool
    var isInsider: Bool

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let title = self.title.numbered(context.language)
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [
                        (title: context.t("calls.title"), href: context.link(.calls)),
                        (title: programmeName, href: context.link(.programme(programmeID))),
                    ],
                    current: title
                ).render(context),
                .h1(.text(title)),
                .if(example, .p(.class("notice"), .text(context.t("call.exampleNotice")))),
                .if(!published, .p(.class("notice"), .text(context.t("call.unpublishedNotice")))),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("call.state"))), .dd(.text(context.t(stateKey))),
                    .dt(.text(context.t("call.opensAt"))), .dd(.text(Formatting.dateTime(opensAt, language))),
                    .dt(.text(context.t("call.closesAt"))),
                    .dd(.text(Formatting.dateTime(closesAt, language) + " " + context.t("call.helsinkiTime"))),
                    .dt(.text(context.t("programme.budget"))),
                    .dd(.text(budgetCents.map { FixedPoint.euros($0, language) } ?? context.t("value.unknown"))),
                    .dt(.text(context.t("programme.instruments"))),
                    .dd(.text(instruments.isEmpty ? context.t("value.notGiven") : instruments.map { $0.display(language) }.joined(separator: ", "))),
                    .dt(.text(context.t("network.themes"))),
                    .dd(
                        .text(
                            themes.isEmpty ? context.t("value.notGiven") : themes.map { $0.officialName(language) }.sorted().joined(separator: ", "))),
                    .dt(.text(context.t("call.rule"))),
                    .dd(.text(minMemberCities.map { context.t("call.ruleText", ["minimum": "\($0)"]) } ?? context.t("value.notGiven")))),
                .section(.h2(.text(context.t("call.description"))), .p(LocalizedNode.text(description, context))),
                criteriaSection(context),
                apply(context),
                .if(
                    !funded.isEmpty,
                    .section(
                        .h2(.text(context.t("call.funded"))),
                        .ul(.forEach(funded) { .li(.a(.href(context.link(.project($0.projectId))), .text($0.name))) }))),
                .if(
                    isInsider,
                    .section(
                        .class("actions"), .attribute(named: "aria-label", value: context.t("call.officeTools")),
                        .a(.class("button"), .href(context.link(.callApplications(id))), .text(context.t("call.pipeline"))),
                        .a(.class("button"), .href(context.link(.ranking(id))), .text(context.t("ranking.title"))),
                        .if(isOffice, .a(.class("button"), .href(context.link(.editCall(id))), .text(context.t("call.edit")))),
                        .if(isOffice, .a(.class("button"), .href(context.link(.newCriterion(id))), .text(context.t("criterion.new")))),
                        .if(
                            isOffice,
                            .form(
                                .action(context.link(.responsibilityCriteria(id))), .method(.post), FormFields.csrf(context.csrfToken),
                                .button(.type(.submit), .class("button button--secondary"), .text(context.t("criterion.responsibilitySet"))))))),
                OpenDataLine(leadKey: "call.openData", downloads: [.json("/api/v1/calls/\(id)")]).render(context)
            ))
    }

    private var stateKey: String {
        if !published { return "call.stateUnpublished" }
        if isOpen { return "call.stateOpen" }
        return opensAt > now ? "call.stateUpcoming" : "call.stateClosed"
    }

    private func criteriaSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        let criteria = self.criteria
        let totalWeight = criteria.map(\.weight).reduce(0, +)
        return .section(
            .h2(.text(context.t("call.criteria"))),
            criteria.isEmpty
                ? .p(.text(context.t("value.notGiven")))
                : DataTable(
                    caption: context.t("call.criteriaCaption"),
                    columns: [
                        context.t("criterion.name"), context.t("criterion.guidance"), context.t("criterion.weight"), context.t("criterion.scale"),
                    ]
                        + (isOffice ? [context.t("users.actions")] : []),
                    numeric: [2],
                    rows: criteria.map { criterion in
                        [
                            .text(
                                criterion.name.display(context.language)
                                    + (criterion.responsibility ? " (" + context.t("criterion.responsibility") + ")" : "")),
                            .node(LocalizedNode.text(criterion.guidance, context)),
                            .number(totalWeight > 0 ? "\(criterion.weight) (\(criterion.weight * 100 / totalWeight) %)" : "\(criterion.weight)"),
                            .text("\(criterion.scaleMin)–\(criterion.scaleMax)"),
                        ]
                            + (isOffice
                                ? [
                                    .node(
                                        .a(
                                            .href(context.link(.editCriterion(id, criterion.id))), .text(context.t("person.edit")),
                                            .span(.class("visually-hidden"), .text(": " + criterion.name.display(context.language)))))
                                ] : [])
                    }
                ).render())
    }

    private func apply(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard isOpen else { return .empty }
        let link = context.link(.apply(id))
        return .section(
            .class("actions"), .attribute(named: "aria-label", value: context.t("call.apply")),
            context.user == nil
                ? .a(.class("button"), .href(context.link(.signIn, query: ["next": link])), .text(context.t("call.signInToApply")))
                : .a(.class("button"), .href(link), .text(context.t("call.apply"))))
    }
}
