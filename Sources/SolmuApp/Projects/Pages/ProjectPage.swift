import Plot
import Vapor

/// A project's page: its facts and funding, the programme's rule checked against its implementers,
/// implementers with their contact persons and budget shares, work packages with tasks and deliverables,
/// results, and every indicator's target, reports and actual. A section with nothing in it is left out; whoever may
/// edit the project sees instead a line with the link to add what is missing.
struct ProjectPage {
    /// A programme, network or organisation the page links to.
    struct Link {
        var id: Int
        var name: String
    }

    /// The programme's eligibility rule checked against the project's implementers.
    struct Rule {
        var passes: Bool
        /// The member cities the implementers come from, by name.
        var citiesCovered: [String]
        var memberCount: Int
        var minimum: Int
    }

    /// An implementer's contact person; e-mail and phone only when the viewer may see them.
    struct Contact {
        var name: String
        var title: LocalizedText
        var email: String?
        var phone: String?
    }

    struct ImplementerRow {
        var id: Int
        var organization: Link
        var role: ProjectImplementer.Role
        /// The organisation's municipality, named in the page's language.
        var municipality: String?
        var contact: Contact?
        var budgetCents: Int64?
    }

    struct WorkItemRow {
        var title: String
        var kind: WorkPackageItem.Kind
        var dueOn: String?
        var status: WorkPackageItem.Status
    }

    struct WorkPackageRow {
        var id: Int
        var number: Int
        var title: LocalizedText
        var responsible: String?
        var summary: LocalizedText
        /// In their order.
        var items: [WorkItemRow]
    }

    struct ResultRow {
        var id: Int
        var kind: ProjectResult.Kind
        var title: String
        var url: String?
        var summary: String?
    }

    var id: Int
    var name: LocalizedText
    var code: String?
    var status: Project.Status
    var spearhead: Bool
    var programme: Link?
    /// Its funding instrument's name, when it has one of the programme's.
    var instrument: LocalizedText?
    /// Only when the programme has an eligibility rule.
    var rule: Rule?
    var startsOn: String?
    var endsOn: String?
    var network: Link?
    var website: String?
    var summary: LocalizedText
    var euCents: Int64?
    var nationalCents: Int64?
    var ownCents: Int64?
    var totalCents: Int64?
    /// Theme names in the page's language, in that order.
    var themes: [String]
    var targetGroups: [TargetGroup]
    /// Lead first, then by name.
    var implementers: [ImplementerRow]
    /// By number.
    var workPackages: [WorkPackageRow]
    /// By title.
    var results: [ResultRow]
    var indicators: ProjectIndicatorsSection
    var canEdit: Bool

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let title = name.display(language)
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: programme.map {
                        [
                            (title: $0.name, href: context.link(.programme($0.id))),
                            (title: context.t("programme.projects"), href: context.link(.portfolio($0.id))),
                        ]
                    } ?? [],
                    current: title
                ).render(context),
                .h1(.text(title)),
                ruleNote(context),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("project.code"))), .dd(.text(code ?? context.t("value.unknown"))),
                    .dt(.text(context.t("project.status"))),
                    .dd(.text(context.t(status.labelKey) + (spearhead ? " · " + context.t("project.spearhead") : ""))),
                    .dt(.text(context.t("project.programme"))),
                    .dd(programme.map { .a(.href(context.link(.programme($0.id))), .text($0.name)) } ?? .text(context.t("value.notGiven"))),
                    .dt(.text(context.t("project.instrument"))), .dd(.text(instrument?.display(language) ?? context.t("value.unknown"))),
                    .dt(.text(context.t("network.period"))), .dd(.text(Formatting.period(startsOn, endsOn, language) ?? context.t("value.unknown"))),
                    .unwrap(network) { network in
                        .group(.dt(.text(context.t("project.network"))), .dd(.a(.href(context.link(.network(network.id))), .text(network.name))))
                    },
                    .dt(.text(context.t("organization.website"))),
                    .dd(website.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? .text(context.t("value.notGiven")))),
                summary.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "project.noSummary", add: ("project.addSummary", context.link(.editProject(id))), context)
                    : .section(.h2(.text(context.t("project.summary"))), .p(LocalizedNode.text(summary, context))),
                budget(context),
                themes.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "missing.themes", add: ("missing.addThemes", context.link(.editProject(id))), context)
                    : .section(.h2(.text(context.t("network.themes"))), .ul(.class("tags"), .forEach(themes) { .li(.text($0)) })),
                targetGroups.isEmpty
                    ? MissingLine.render(
                        mayEdit: canEdit, "missing.targetGroups", add: ("missing.addTargetGroups", context.link(.editProject(id))), context)
                    : .section(.h2(.text(context.t("programme.targetGroups"))), .ul(.forEach(targetGroups) { .li(.text(context.t($0.labelKey))) })),
                implementersSection(context),
                workPackagesSection(context),
                resultsSection(context),
                indicators.render(context),
                .if(
                    canEdit,
                    .section(
                        .class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                        .a(.class("button"), .href(context.link(.editProject(id))), .text(context.t("project.edit"))),
                        .a(.class("button"), .href(context.link(.newImplementer(id))), .text(context.t("project.addImplementer"))),
                        .a(.class("button"), .href(context.link(.newWorkPackage(id))), .text(context.t("workPackage.new"))),
                        .a(.class("button"), .href(context.link(.newResult(id))), .text(context.t("result.new"))))),
                OpenDataLine(leadKey: "project.openData", downloads: [.json("/api/v1/projects/\(id)")]).render(context)
            ))
    }

    /// The programme's eligibility rule, said plainly: "implementers from 2 of 6 member cities ✓".
    private func ruleNote(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let check = rule else { return .empty }
        let values = ["covered": "\(check.citiesCovered.count)", "members": "\(check.memberCount)", "minimum": "\(check.minimum)"]
        return .p(
            .class(check.passes ? "rule rule--passes" : "rule rule--fails"), .attribute(named: "role", value: "status"),
            .text(context.t(check.passes ? "project.rulePasses" : "project.ruleFails", values)),
            .unwrap(check.citiesCovered.isEmpty ? nil : check.citiesCovered) { .text(" (" + $0.joined(separator: ", ") + ")") })
    }

    /// The funding parts and total; left out while none is known.
    private func budget(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard [euCents, nationalCents, ownCents, totalCents].contains(where: { $0 != nil }) else {
            return MissingLine.render(mayEdit: canEdit, "project.noBudget", add: ("project.addBudget", context.link(.editProject(id))), context)
        }
        let euros = { (cents: Int64?) in cents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown") }
        return .section(
            .h2(.text(context.t("project.budget"))),
            DataTable(
                caption: context.t("project.budget"), columns: [context.t("project.fundingPart"), context.t("project.amount")], numeric: [1],
                rows: [
                    [.text(context.t("project.eu")), .number(euros(euCents))],
                    [.text(context.t("project.national")), .number(euros(nationalCents))],
                    [.text(context.t("project.own")), .number(euros(ownCents))],
                ], footer: [.text(context.t("project.total")), .number(euros(totalCents))]
            ).render())
    }

    private func implementersSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !implementers.isEmpty else {
            return MissingLine.render(
                mayEdit: canEdit, "project.noImplementers", add: ("project.addImplementer", context.link(.newImplementer(id))), context)
        }
        let language = context.language
        return .section(
            .h2(.text(context.t("project.implementers"))),
            DataTable(
                caption: context.t("project.implementersCaption"),
                columns: [
                    context.t("network.organization"), context.t("network.role"), context.t("organization.municipality"),
                    context.t("network.contact"), context.t("project.budgetShare"),
                ] + (canEdit ? [context.t("users.actions")] : []),
                numeric: [4],
                rows: implementers.map { implementer in
                    let contact: Node<HTML.BodyContext> =
                        implementer.contact.map { person -> Node<HTML.BodyContext> in
                            .span(
                                .text([person.name, person.title.resolved(language)?.text].compactMap { $0 }.joined(separator: ", ")),
                                .unwrap(person.email) { .group(.br(), .a(.href("mailto:\($0)"), .text($0))) },
                                .unwrap(person.phone) { .group(.br(), .text($0)) })
                        } ?? .text("–")
                    return [
                        .link(implementer.organization.name, href: context.link(.organization(implementer.organization.id))),
                        .text(context.t(implementer.role.labelKey)), .text(implementer.municipality ?? "–"),
                        .node(contact), .number(implementer.budgetCents.map { FixedPoint.euros($0, language) } ?? context.t("value.unknown")),
                    ]
                        + (canEdit ? [editLink(context.link(.editImplementer(id, implementer.id)), implementer.organization.name, context)] : [])
                }
            ).render())
    }

    private func workPackagesSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !workPackages.isEmpty else {
            return MissingLine.render(
                mayEdit: canEdit, "project.noWorkPackages", add: ("workPackage.new", context.link(.newWorkPackage(id))), context)
        }
        let language = context.language
        return .section(
            .h2(.text(context.t("project.workPackages"))),
            .forEach(workPackages) { wp in
                .article(
                    .class("work-package"),
                    .h3(.text(context.t("workPackage.heading", ["number": "\(wp.number)", "title": wp.title.display(language)]))),
                    .p(
                        .strong(.text(context.t("workPackage.responsible") + ": ")),
                        .text(wp.responsible ?? context.t("value.notGiven"))),
                    .if(
                        canEdit,
                        .p(
                            .a(
                                .href(context.link(.editWorkPackage(id, wp.id))),
                                .text(context.t("workPackage.edit", ["number": "\(wp.number)"]))))),
                    .p(LocalizedNode.text(wp.summary, context)),
                    .unwrap(wp.items.isEmpty ? nil : wp.items) { items in
                        DataTable(
                            caption: context.t("workPackage.itemsCaption", ["number": "\(wp.number)"]),
                            columns: [
                                context.t("workItem.title"), context.t("workItem.kind"), context.t("workItem.dueOn"),
                                context.t("workItem.status"),
                            ],
                            rows: items.map { item in
                                [
                                    .text(item.title), .text(context.t(item.kind.labelKey)),
                                    .text(item.dueOn.flatMap(PartialDate.init)?.formatted(language) ?? "–"),
                                    .text(context.t(item.status.labelKey)),
                                ]
                            }
                        ).render()
                    })
            })
    }

    private func resultsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !results.isEmpty else {
            return MissingLine.render(mayEdit: canEdit, "project.noResults", add: ("result.new", context.link(.newResult(id))), context)
        }
        return .section(
            .h2(.text(context.t("project.results"))),
            .ul(
                .forEach(results) { result in
                    .li(
                        .strong(.text(context.t(result.kind.labelKey) + ": ")),
                        result.url.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text(result.title)) } ?? .text(result.title),
                        .unwrap(result.summary) { .text(" – " + $0) },
                        .if(
                            canEdit,
                            .group(
                                .text(" "),
                                .a(
                                    .href(context.link(.editResult(id, result.id))), .text(context.t("person.edit")),
                                    .span(.class("visually-hidden"), .text(": \(result.title)"))))))
                }))
    }

    /// An "edit" link whose accessible name says what it edits.
    private func editLink(_ href: String, _ name: String, _ context: PageContext) -> DataTable.Cell {
        .node(.a(.href(href), .text(context.t("person.edit")), .span(.class("visually-hidden"), .text(": \(name)"))))
    }
}
