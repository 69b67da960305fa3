import Plot
import Vapor

/// An application as its readers see it: its state and what is still missing, the text, the consortium with
/// budgets, planned work packages and targets, the reviews (office only), the steps its reader may take now,
/// and the audit trail of every change.
struct ApplicationPage {
    /// A member of the consortium, the lead first.
    struct Partner {
        var id: Int
        var organizationID: Int
        var organizationName: String
        var role: ApplicationPartner.Role
        var contactName: String?
        var budgetCents: Int64?
        var requestedCents: Int64?
    }

    /// A planned work package, in number order, with the consortium organisation responsible for it.
    struct PlannedWorkPackage {
        var number: Int
        var title: String
        var description: String?
        var responsibleName: String?
    }

    /// What the application plans to reach on one of the programme's indicators, in indicator order.
    struct Target {
        /// The indicator's name and unit; nil for an indicator no longer in the programme.
        var indicatorName: LocalizedText?
        var unit: Indicator.Unit?
        /// Thousandths (`FixedPoint.quantity`).
        var value: Int64
    }

    /// One review, in the order they were assigned (the office's view).
    struct ReviewRow {
        var id: Int
        var reviewerName: String
        var state: Review.State
        /// The weighted total in thousandths of a point, once submitted.
        var total: Int64?
    }

    /// One line of the audit trail.
    struct HistoryLine {
        var at: Date
        var action: ApplicationAction
        var toState: ApplicationState
        var actorName: String
        var reason: String?
        /// What Solmu found: a translation key and its values.
        var finding: (key: String, values: [String: String])?
    }

    var id: Int
    var title: String
    var callID: Int
    var callTitle: CallTitle
    var callClosesAt: Date
    var state: ApplicationState
    var submittedAt: Date?
    var totalCents: Int64?
    var requestedCents: Int64?
    /// The project a funded application became.
    var projectID: Int?
    var conditions: String?
    /// The parts still missing before it can be submitted (part → translation key); empty unless editable.
    var missing: [String: String]
    var summary: String?
    var objectives: String?
    var partners: [Partner]
    var workPackages: [PlannedWorkPackage]
    var targets: [Target]
    var reviews: [ReviewRow]
    var history: [HistoryLine]
    /// What the reader is to this application.
    var isConsortium: Bool
    var isOffice: Bool

    func render(_ context: PageContext) -> Response {
        let editable = isConsortium && state.isEditable
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [(title: callTitle.numbered(context.language), href: context.link(.call(callID)))],
                    current: title
                ).render(context),
                .h1(.text(title)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("call.state"))), .dd(.strong(.text(context.t(state.labelKey)))),
                    .dt(.text(context.t("call.closesAt"))), .dd(.text(Formatting.dateTime(callClosesAt, context.language))),
                    .dt(.text(context.t("application.submittedAt"))),
                    .dd(.text(submittedAt.map { Formatting.dateTime($0, context.language) } ?? "–")),
                    .dt(.text(context.t("application.total"))),
                    .dd(.text(totalCents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown"))),
                    .dt(.text(context.t("application.requested"))),
                    .dd(.text(requestedCents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown"))),
                    .unwrap(projectID) { project in
                        .group(.dt(.text(context.t("application.project"))), .dd(.a(.href(context.link(.project(project))), .text(title))))
                    },
                    .unwrap(conditions) { conditions in .group(.dt(.text(context.t("application.conditions"))), .dd(.text(conditions))) }),
                .if(
                    !missing.isEmpty && isConsortium,
                    .div(
                        .class("notice"), .id("missing"),
                        .h2(.text(context.t("application.missingTitle"))),
                        .ul(
                            .forEach(missing.sorted { $0.key < $1.key }) { field, key in
                                .li(.text(context.t("application.part.\(field)") + ": " + context.t(key)))
                            }))),
                steps(context),
                .section(.h2(.text(context.t("project.summary"))), .p(.text(summary ?? context.t("value.notGiven")))),
                .section(.h2(.text(context.t("application.objectives"))), .p(.text(objectives ?? context.t("value.notGiven")))),
                .if(
                    editable,
                    .p(.a(.class("button button--secondary"), .href(context.link(.editApplication(id))), .text(context.t("application.edit"))))),
                partnersSection(context, editable: editable),
                workPackagesSection(context, editable: editable),
                targetsSection(context, editable: editable),
                .if(isOffice, reviewsSection(context)),
                historySection(context)
            ))
    }

    private func partnersSection(_ context: PageContext, editable: Bool) -> Node<HTML.BodyContext> {
        let language = context.language
        let euros = { (cents: Int64?) in cents.map { FixedPoint.euros($0, language) } ?? context.t("value.unknown") }
        return .section(
            .h2(.text(context.t("application.consortium"))),
            DataTable(
                caption: context.t("application.consortiumCaption"),
                columns: [
                    context.t("network.organization"), context.t("network.role"), context.t("network.contact"), context.t("application.budget"),
                    context.t("application.requested"),
                ] + (editable ? [context.t("users.actions")] : []),
                numeric: [3, 4],
                rows: partners.map { partner in
                    [
                        .link(partner.organizationName, href: context.link(.organization(partner.organizationID))),
                        .text(context.t(partner.role.labelKey)),
                        .text(partner.contactName ?? context.t("value.notGiven")), .number(euros(partner.budgetCents)),
                        .number(euros(partner.requestedCents)),
                    ]
                        + (editable
                            ? [
                                .node(
                                    .a(
                                        .href(context.link(.editPartner(id, partner.id))), .text(context.t("person.edit")),
                                        .span(.class("visually-hidden"), .text(": " + partner.organizationName))))
                            ] : [])
                },
                footer: [.text(context.t("dashboard.total")), .text(""), .text(""), .number(euros(totalCents)), .number(euros(requestedCents))]
                    + (editable ? [.text("")] : [])
            ).render(),
            .if(
                editable, .p(.a(.class("button button--secondary"), .href(context.link(.newPartner(id))), .text(context.t("application.addPartner"))))
            ))
    }

    private func workPackagesSection(_ context: PageContext, editable: Bool) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("project.workPackages"))),
            workPackages.isEmpty
                ? .p(.text(context.t("value.notGiven")))
                : DataTable(
                    caption: context.t("application.workPackagesCaption"),
                    columns: [context.t("workPackage.title"), context.t("workPackage.description"), context.t("workPackage.responsible")],
                    rows: workPackages.map { wp in
                        [.text("WP\(wp.number) \(wp.title)"), .text(wp.description ?? "–"), .text(wp.responsibleName ?? context.t("value.notGiven"))]
                    }
                ).render(),
            .if(
                editable,
                .p(.a(.class("button button--secondary"), .href(context.link(.newPlannedWorkPackage(id))), .text(context.t("workPackage.new"))))))
    }

    private func targetsSection(_ context: PageContext, editable: Bool) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("application.targets"))),
            targets.isEmpty
                ? .p(.text(context.t("value.notGiven")))
                : DataTable(
                    caption: context.t("application.targetsCaption"), columns: [context.t("indicator.name"), context.t("indicator.target")],
                    numeric: [1],
                    rows: targets.map { target in
                        [
                            .text(target.indicatorName?.display(context.language) ?? "–"),
                            .number(
                                FixedPoint.quantity.formatted(target.value, context.language)
                                    + (target.unit.map { " " + context.t($0.labelKey) } ?? "")),
                        ]
                    }
                ).render(),
            .if(
                editable,
                .p(.a(.class("button button--secondary"), .href(context.link(.applicationTargets(id))), .text(context.t("application.editTargets")))))
        )
    }

    /// The steps this reader may take from the current state: a button each, or a link to the step's form when it needs a reason or a meeting.
    private func steps(_ context: PageContext) -> Node<HTML.BodyContext> {
        let available = ApplicationAction.allCases.filter { action in
            guard action != .create, ApplicationLifecycle.allows(action, from: state) else { return false }
            return action.actor == .consortium ? isConsortium : isOffice
        }
        guard !available.isEmpty || (isOffice && [.submitted, .eligible].contains(state)) else { return .empty }
        return .section(
            .class("actions"), .attribute(named: "aria-label", value: context.t("application.steps")),
            .forEach(available) { action in
                ApplicationForms.needsForm(action)
                    ? .a(
                        .class(action == .withdraw ? "button button--secondary" : "button"),
                        .href(context.link(.applicationStep(id, action.pathSegment))),
                        .text(context.t(action.labelKey)))
                    : .form(
                        .class("inline-form"), .action(context.link(.applicationStep(id, action.pathSegment))), .method(.post),
                        FormFields.csrf(context.csrfToken),
                        .button(.type(.submit), .class("button"), .text(context.t(action.labelKey))))
            },
            .if(
                isOffice && [.submitted, .eligible].contains(state),
                .a(.class("button button--secondary"), .href(context.link(.assignReviewer(id))), .text(context.t("assessment.assign")))))
    }

    private func reviewsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("assessment.reviews"))),
            reviews.isEmpty
                ? .p(.text(context.t("assessment.none")))
                : DataTable(
                    caption: context.t("assessment.reviewsCaption"),
                    columns: [context.t("assessment.reviewer"), context.t("call.state"), context.t("assessment.total")], numeric: [2],
                    rows: reviews.map { assessment in
                        [
                            .link(assessment.reviewerName, href: context.link(.assessment(assessment.id))),
                            .text(context.t(assessment.state.labelKey)),
                            .number(assessment.total.map { FixedPoint.quantity.formatted($0, context.language) } ?? "–"),
                        ]
                    }
                ).render())
    }

    private func historySection(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("application.history"))),
            DataTable(
                caption: context.t("application.historyCaption"),
                columns: [context.t("application.when"), context.t("application.step"), context.t("application.who"), context.t("application.why")],
                rows: history.map { event in
                    let finding = event.finding.map { context.t($0.key, $0.values) }
                    let why = [event.reason, finding].compactMap { $0 }.joined(separator: " · ")
                    return [
                        .text(Formatting.dateTime(event.at, context.language)),
                        .text(context.t(event.action.labelKey) + " → " + context.t(event.toState.labelKey)),
                        .text(event.actorName), .text(why.isEmpty ? "–" : why),
                    ]
                }
            ).render())
    }
}
