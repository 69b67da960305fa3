import Plot
import Vapor

/// An application as its readers see it: its state and what is still missing, the text, the consortium with
/// budgets, planned work packages and targets, the reviews (office only), the steps its reader may take now,
/// and the audit trail of every change.
struct ApplicationPage {
    var application: FundingApplication
    var events: [ApplicationEvent]
    var assessments: [Assessment]
    /// What the reader is to this application.
    var isConsortium: Bool
    var isOffice: Bool

    func render(_ context: PageContext) -> Response {
        let a = application
        let id = a.id ?? 0
        let editable = isConsortium && a.state.isEditable
        let missing = a.state.isEditable ? CompletenessCheck.missing(a) : [:]
        return Layout.page(context, title: a.title, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.call(a.$call.id))), .text(a.call.numberedTitle(context.language)))), .li(.text(a.title)))),
            .h1(.text(a.title)),
            .dl(.class("facts"),
                .dt(.text(context.t("call.state"))), .dd(.strong(.text(context.t(a.state.labelKey)))),
                .dt(.text(context.t("call.closesAt"))), .dd(.text(Formatting.dateTime(a.call.closesAt, context.language))),
                .dt(.text(context.t("application.submittedAt"))), .dd(.text(a.submittedAt.map { Formatting.dateTime($0, context.language) } ?? "–")),
                .dt(.text(context.t("application.total"))), .dd(.text(a.totalCents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown"))),
                .dt(.text(context.t("application.requested"))), .dd(.text(a.requestedCents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown"))),
                .unwrap(a.$project.id) { project in .group(.dt(.text(context.t("application.project"))), .dd(.a(.href(context.link(.project(project))), .text(a.title)))) },
                .unwrap(a.conditions) { conditions in .group(.dt(.text(context.t("application.conditions"))), .dd(.text(conditions))) }),
            .if(!missing.isEmpty && isConsortium, .div(.class("notice"), .id("missing"),
                .h2(.text(context.t("application.missingTitle"))),
                .ul(.forEach(missing.sorted { $0.key < $1.key }) { field, key in .li(.text(context.t("application.part.\(field)") + ": " + context.t(key))) }))),
            steps(context),
            .section(.h2(.text(context.t("project.summary"))), .p(.text(a.summary ?? context.t("value.notGiven")))),
            .section(.h2(.text(context.t("application.objectives"))), .p(.text(a.objectives ?? context.t("value.notGiven")))),
            .if(editable, .p(.a(.class("button button--secondary"), .href(context.link(.editApplication(id))), .text(context.t("application.edit"))))),
            partners(context, editable: editable),
            workPackages(context, editable: editable),
            targets(context, editable: editable),
            .if(isOffice, reviews(context)),
            history(context)
        ))
    }

    private func partners(_ context: PageContext, editable: Bool) -> Node<HTML.BodyContext> {
        let a = application
        let language = context.language
        let euros = { (cents: Int64?) in cents.map { FixedPoint.euros($0, language) } ?? context.t("value.unknown") }
        return .section(.h2(.text(context.t("application.consortium"))),
            DataTable(caption: context.t("application.consortiumCaption"),
                      columns: [context.t("network.organization"), context.t("network.role"), context.t("network.contact"), context.t("application.budget"),
                                context.t("application.requested")] + (editable ? [context.t("users.actions")] : []),
                      numeric: [3, 4],
                      rows: a.sortedPartners.map { partner in
                          [.link(partner.organization.name, href: context.link(.organization(partner.$organization.id))), .text(context.t(partner.role.labelKey)),
                           .text(partner.contactPerson?.name ?? context.t("value.notGiven")), .number(euros(partner.budgetCents)), .number(euros(partner.requestedCents))]
                          + (editable ? [.node(.a(.href(context.link(.editPartner(a.id ?? 0, partner.id ?? 0))), .text(context.t("person.edit")),
                                                  .span(.class("visually-hidden"), .text(": " + partner.organization.name))))] : [])
                      },
                      footer: [.text(context.t("dashboard.total")), .text(""), .text(""), .number(euros(a.totalCents)), .number(euros(a.requestedCents))]
                        + (editable ? [.text("")] : [])).render(),
            .if(editable, .p(.a(.class("button button--secondary"), .href(context.link(.newPartner(a.id ?? 0))), .text(context.t("application.addPartner"))))))
    }

    private func workPackages(_ context: PageContext, editable: Bool) -> Node<HTML.BodyContext> {
        let a = application
        let names = Dictionary(a.partners.map { ($0.$organization.id, $0.organization.name) }) { first, _ in first }
        return .section(.h2(.text(context.t("project.workPackages"))),
            a.workPackages.isEmpty ? .p(.text(context.t("value.notGiven"))) :
            DataTable(caption: context.t("application.workPackagesCaption"),
                      columns: [context.t("workPackage.title"), context.t("workPackage.description"), context.t("workPackage.responsible")],
                      rows: a.workPackages.sorted { $0.number < $1.number }.map { wp in
                          [.text("WP\(wp.number) \(wp.title)"), .text(wp.description ?? "–"), .text(wp.$responsible.id.flatMap { names[$0] } ?? context.t("value.notGiven"))]
                      }).render(),
            .if(editable, .p(.a(.class("button button--secondary"), .href(context.link(.newPlannedWorkPackage(a.id ?? 0))), .text(context.t("workPackage.new"))))))
    }

    private func targets(_ context: PageContext, editable: Bool) -> Node<HTML.BodyContext> {
        let a = application
        let indicators = Dictionary(uniqueKeysWithValues: a.call.programme.indicators.compactMap { i in i.id.map { ($0, i) } })
        return .section(.h2(.text(context.t("application.targets"))),
            a.targets.isEmpty ? .p(.text(context.t("value.notGiven"))) :
            DataTable(caption: context.t("application.targetsCaption"), columns: [context.t("indicator.name"), context.t("indicator.target")], numeric: [1],
                      rows: a.targets.sorted { $0.$indicator.id < $1.$indicator.id }.map { target in
                          let indicator = indicators[target.$indicator.id]
                          return [.text(indicator?.name.display(context.language) ?? "–"),
                                  .number(FixedPoint.quantity.formatted(target.value, context.language) + (indicator.map { " " + context.t($0.unit.labelKey) } ?? ""))]
                      }).render(),
            .if(editable, .p(.a(.class("button button--secondary"), .href(context.link(.applicationTargets(a.id ?? 0))), .text(context.t("application.editTargets"))))))
    }

    /// The steps this reader may take from the current state: a button each, or a link to the step's form when it needs a reason or a meeting.
    private func steps(_ context: PageContext) -> Node<HTML.BodyContext> {
        let id = application.id ?? 0
        let available = ApplicationAction.allCases.filter { action in
            guard action != .create, ApplicationLifecycle.allows(action, from: application.state) else { return false }
            return action.actor == .consortium ? isConsortium : isOffice
        }
        guard !available.isEmpty || (isOffice && [.submitted, .eligible].contains(application.state)) else { return .empty }
        return .section(.class("actions"), .attribute(named: "aria-label", value: context.t("application.steps")),
            .forEach(available) { action in
                ApplicationForms.needsForm(action)
                    ? .a(.class(action == .withdraw ? "button button--secondary" : "button"), .href(context.link(.applicationStep(id, action.pathSegment))),
                         .text(context.t(action.labelKey)))
                    : .form(.class("inline-form"), .action(context.link(.applicationStep(id, action.pathSegment))), .method(.post),
                            FormFields.csrf(context.csrfToken),
                            .button(.type(.submit), .class("button"), .text(context.t(action.labelKey))))
            },
            .if(isOffice && [.submitted, .eligible].contains(application.state),
                .a(.class("button button--secondary"), .href(context.link(.assignReviewer(id))), .text(context.t("assessment.assign")))))
    }

    private func reviews(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.h2(.text(context.t("assessment.reviews"))),
            assessments.isEmpty ? .p(.text(context.t("assessment.none"))) :
            DataTable(caption: context.t("assessment.reviewsCaption"),
                      columns: [context.t("assessment.reviewer"), context.t("call.state"), context.t("assessment.total")], numeric: [2],
                      rows: assessments.map { assessment in
                          [.link(assessment.reviewer.name, href: context.link(.assessment(assessment.id ?? 0))), .text(context.t(assessment.state.labelKey)),
                           .number(assessment.total.map { FixedPoint.quantity.formatted($0, context.language) } ?? "–")]
                      }).render())
    }

    private func history(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.h2(.text(context.t("application.history"))),
            DataTable(caption: context.t("application.historyCaption"),
                      columns: [context.t("application.when"), context.t("application.step"), context.t("application.who"), context.t("application.why")],
                      rows: events.map { event in
                          let finding = event.finding.map { context.t($0.key, $0.values) }
                          let why = [event.reason, finding].compactMap { $0 }.joined(separator: " · ")
                          return [.text(Formatting.dateTime(event.at, context.language)),
                                  .text(context.t(event.action.labelKey) + " → " + context.t(event.toState.labelKey)),
                                  .text(event.actorName), .text(why.isEmpty ? "–" : why)]
                      }).render())
    }
}
