import Plot
import Vapor

/// A project's page: its facts and funding, the programme's rule checked against its implementers,
/// implementers with their contact persons and budget shares, work packages with tasks and deliverables,
/// results, and every indicator's target, reports and actual.
struct ProjectPage {
    var project: Project
    var programme: Programme?
    var targets: [Int: Int64]
    var reports: [IndicatorReport]
    var canEdit: Bool
    /// Contact persons' e-mail and phone: to signed-in users, or with the person's consent.
    var showContacts: Bool

    func render(_ context: PageContext) -> Response {
        let p = project
        let id = p.id ?? 0
        let language = context.language
        let title = p.name.display(language)
        let instrument = programme?.instruments.first { $0.id == p.$instrument.id }
        return Layout.page(context, title: title, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.unwrap(programme) { .li(.a(.href(context.link(.programme($0.id ?? 0))), .text($0.name))) },
                     .unwrap(programme) { .li(.a(.href(context.link(.portfolio($0.id ?? 0))), .text(context.t("programme.projects")))) },
                     .li(.text(title)))),
            .h1(.text(title)),
            rule(context),
            .dl(.class("facts"),
                .dt(.text(context.t("project.code"))), .dd(.text(p.code ?? context.t("value.unknown"))),
                .dt(.text(context.t("project.status"))), .dd(.text(context.t(p.status.labelKey) + (p.spearhead ? " · " + context.t("project.spearhead") : ""))),
                .dt(.text(context.t("project.programme"))),
                .dd(programme.map { .a(.href(context.link(.programme($0.id ?? 0))), .text($0.name)) } ?? .text(context.t("value.notGiven"))),
                .dt(.text(context.t("project.instrument"))), .dd(.text(instrument?.name.display(language) ?? context.t("value.unknown"))),
                .dt(.text(context.t("network.period"))), .dd(.text(Formatting.period(p.startsOn, p.endsOn, language) ?? context.t("value.unknown"))),
                .unwrap(p.network) { network in .group(.dt(.text(context.t("project.network"))), .dd(.a(.href(context.link(.network(network.id ?? 0))), .text(network.name)))) },
                .dt(.text(context.t("organization.website"))),
                .dd(p.website.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? .text(context.t("value.notGiven")))),
            .section(.h2(.text(context.t("project.summary"))), .p(LocalizedNode.text(p.summary, context))),
            budget(context),
            .section(.h2(.text(context.t("network.themes"))),
                p.themes.isEmpty ? .p(.text(context.t("value.notGiven"))) :
                    .ul(.class("tags"), .forEach(p.themes.sorted { $0.name(language).finnishOrder < $1.name(language).finnishOrder }) { .li(.text($0.name(language))) })),
            .unwrap(p.targetGroups.isEmpty ? nil : p.targetGroups) { groups in
                .section(.h2(.text(context.t("programme.targetGroups"))), .ul(.forEach(groups) { .li(.text(context.t($0.labelKey))) }))
            },
            implementers(context),
            workPackages(context),
            results(context),
            ProjectIndicatorsSection(project: p, programme: programme, targets: targets, reports: reports, canEdit: canEdit).render(context),
            .p(.a(.href("/api/v1/projects/\(id)"), .text(context.t("project.json")))),
            .if(canEdit, .section(.class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                .a(.class("button"), .href(context.link(.editProject(id))), .text(context.t("project.edit"))),
                .a(.class("button"), .href(context.link(.newImplementer(id))), .text(context.t("project.addImplementer"))),
                .a(.class("button"), .href(context.link(.newWorkPackage(id))), .text(context.t("workPackage.new"))),
                .a(.class("button"), .href(context.link(.newResult(id))), .text(context.t("result.new")))))
        ))
    }

    /// The programme's eligibility rule, said plainly: "implementers from 2 of 6 member cities ✓".
    private func rule(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let programme, programme.minMemberCities != nil else { return .empty }
        let check = EligibilityCheck(programme: programme, implementers: project.implementers)
        let values = ["covered": "\(check.citiesCovered.count)", "members": "\(check.memberCount)", "minimum": "\(check.minimum ?? 0)"]
        return .p(.class(check.passes ? "rule rule--passes" : "rule rule--fails"), .attribute(named: "role", value: "status"),
                  .text(context.t(check.passes ? "project.rulePasses" : "project.ruleFails", values)),
                  .unwrap(check.citiesCovered.isEmpty ? nil : check.citiesCovered) { .text(" (" + $0.joined(separator: ", ") + ")") })
    }

    private func budget(_ context: PageContext) -> Node<HTML.BodyContext> {
        let euros = { (cents: Int64?) in cents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown") }
        return .section(.h2(.text(context.t("project.budget"))),
            DataTable(caption: context.t("project.budget"), columns: [context.t("project.fundingPart"), context.t("project.amount")], numeric: [1], rows: [
                [.text(context.t("project.eu")), .number(euros(project.euCents))],
                [.text(context.t("project.national")), .number(euros(project.nationalCents))],
                [.text(context.t("project.own")), .number(euros(project.ownCents))],
            ], footer: [.text(context.t("project.total")), .number(euros(project.totalCents))]).render())
    }

    private func implementers(_ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        return .section(.h2(.text(context.t("project.implementers"))),
            project.implementers.isEmpty ? .p(.text(context.t("project.noImplementers"))) :
            DataTable(caption: context.t("project.implementersCaption"),
                      columns: [context.t("network.organization"), context.t("network.role"), context.t("organization.municipality"),
                                context.t("network.contact"), context.t("project.budgetShare")] + (canEdit ? [context.t("users.actions")] : []),
                      numeric: [4],
                      rows: project.sortedImplementers.map { implementer in
                          let person = implementer.contactPerson
                          let contact: Node<HTML.BodyContext> = person.map { person in
                              let visible = showContacts || person.contactConsent
                              return .span(.text([person.name, person.title.resolved(language)?.text].compactMap { $0 }.joined(separator: ", ")),
                                           .unwrap(visible ? person.email : nil) { .group(.br(), .a(.href("mailto:\($0)"), .text($0))) },
                                           .unwrap(visible ? person.phone : nil) { .group(.br(), .text($0)) })
                          } ?? .text("–")
                          return [.link(implementer.organization.name, href: context.link(.organization(implementer.$organization.id))),
                                  .text(context.t(implementer.role.labelKey)), .text(implementer.organization.municipality?.name(language) ?? "–"),
                                  .node(contact), .number(implementer.budgetCents.map { FixedPoint.euros($0, language) } ?? context.t("value.unknown"))]
                              + (canEdit ? [editLink(context.link(.editImplementer(project.id ?? 0, implementer.id ?? 0)), implementer.organization.name, context)] : [])
                      }).render())
    }

    private func workPackages(_ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        return .section(.h2(.text(context.t("project.workPackages"))),
            project.workPackages.isEmpty ? .p(.text(context.t("project.noWorkPackages"))) :
            .forEach(project.sortedWorkPackages) { wp in
                .article(.class("work-package"),
                    .h3(.text(context.t("workPackage.heading", ["number": "\(wp.number)", "title": wp.title.display(language)]))),
                    .p(.strong(.text(context.t("workPackage.responsible") + ": ")),
                       .text(wp.responsible?.name ?? context.t("value.notGiven"))),
                    .if(canEdit, .p(.a(.href(context.link(.editWorkPackage(project.id ?? 0, wp.id ?? 0))),
                                       .text(context.t("workPackage.edit", ["number": "\(wp.number)"]))))),
                    .p(LocalizedNode.text(wp.summary, context)),
                    .unwrap(wp.items.isEmpty ? nil : wp.sortedItems) { items in
                        DataTable(caption: context.t("workPackage.itemsCaption", ["number": "\(wp.number)"]),
                                  columns: [context.t("workItem.title"), context.t("workItem.kind"), context.t("workItem.dueOn"), context.t("workItem.status")],
                                  rows: items.map { item in
                                      [.text(item.title), .text(context.t(item.kind.labelKey)),
                                       .text(item.dueOn.flatMap(PartialDate.init)?.formatted(language) ?? "–"), .text(context.t(item.status.labelKey))]
                                  }).render()
                    })
            })
    }

    private func results(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.h2(.text(context.t("project.results"))),
            project.results.isEmpty ? .p(.text(context.t("project.noResults"))) :
            .ul(.forEach(project.results.sorted { $0.title < $1.title }) { result in
                .li(.strong(.text(context.t(result.kind.labelKey) + ": ")),
                    result.url.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text(result.title)) } ?? .text(result.title),
                    .unwrap(result.summary) { .text(" – " + $0) },
                    .if(canEdit, .group(.text(" "), .a(.href(context.link(.editResult(project.id ?? 0, result.id ?? 0))), .text(context.t("person.edit")),
                                                       .span(.class("visually-hidden"), .text(": \(result.title)"))))))
            }))
    }

    /// An "edit" link whose accessible name says what it edits.
    private func editLink(_ href: String, _ name: String, _ context: PageContext) -> DataTable.Cell {
        .node(.a(.href(href), .text(context.t("person.edit")), .span(.class("visually-hidden"), .text(": \(name)"))))
    }
}
