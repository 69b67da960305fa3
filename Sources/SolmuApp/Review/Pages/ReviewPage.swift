import Plot
import Vapor

/// A reviewer's assessment: first the declaration of (no) conflict of interest, with only the consortium shown;
/// then the application and a score with a comment for each criterion, saved as often as needed and submitted once.
/// The office sees the same page read-only, with the reviewer's name.
struct ReviewPage {
    /// A criterion of the call, in the call's order.
    struct Criterion {
        var id: Int
        var name: LocalizedText
        var guidance: LocalizedText
        var weight: Int
        var scaleMin: Int
        var scaleMax: Int
    }

    /// The reviewer's score on one criterion.
    struct Score {
        var score: Int
        var comment: String?
    }

    /// A work package the application plans, in number order.
    struct PlannedWorkPackage {
        var number: Int
        var title: String
        var description: String?
    }

    var id: Int
    var assessmentState: Review.State
    var reviewerName: String
    /// The weighted total in thousandths of a point, once submitted.
    var total: Int64?
    /// The scores by criterion id.
    var scores: [Int: Score]
    var applicationTitle: String
    var callTitle: CallTitle
    /// The consortium's organisations, the lead first.
    var consortium: [String]
    var summary: String?
    var objectives: String?
    var workPackages: [PlannedWorkPackage]
    var requestedCents: Int64?
    var criteria: [Criterion]
    var isReviewer: Bool
    var state: FormState

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = context.t("assessment.titleOf", ["title": applicationTitle])
        return Layout.page(
            context, title: title, status: status,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("my.assessments"), href: context.link(.myAssessments))],
                    current: applicationTitle
                ).render(context),
                .h1(.text(title)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("call.title"))), .dd(.text(callTitle.numbered(context.language))),
                    .dt(.text(context.t("call.state"))), .dd(.text(context.t(assessmentState.labelKey))),
                    .if(!isReviewer, .group(.dt(.text(context.t("assessment.reviewer"))), .dd(.text(reviewerName)))),
                    .dt(.text(context.t("application.consortium"))), .dd(.text(consortium.joined(separator: ", ")))),
                content(context)
            ))
    }

    private func content(_ context: PageContext) -> Node<HTML.BodyContext> {
        switch assessmentState {
        case .assigned:
            return isReviewer ? declaration(context) : .p(.text(context.t("assessment.waitingDeclaration")))
        case .conflict:
            return .p(.class("notice"), .text(context.t("assessment.conflictDeclared")))
        case .inProgress, .submitted:
            return .group(applicationText(context), isReviewer && assessmentState == .inProgress ? scoring(context) : scoresTable(context))
        }
    }

    private func declaration(_ context: PageContext) -> Node<HTML.BodyContext> {
        let conflict = DeclarationForm.Key.conflict
        let chosen = state.value(conflict)
        return .form(
            .action(context.link(.assessment(id))), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
            FormFields.errorSummary(state, context, labels: DeclarationForm.labels(context)),
            FormFields.csrf(context.csrfToken),
            .input(.type(.hidden), .name("step"), .value("declare")),
            .p(.text(context.t("assessment.declarationLead"))),
            .fieldset(
                .class("field"), .id("field-\(conflict.rawValue)"),
                .element(named: "legend", text: context.t(DeclarationForm.field(conflict).labelKey)),
                .div(
                    .class("checkbox"),
                    .input(.type(.radio), .id("field-conflict-no"), .name(conflict.rawValue), .value("no"), .checked(chosen == "no")),
                    .label(.attribute(named: "for", value: "field-conflict-no"), .text(context.t("assessment.noConflict")))),
                .div(
                    .class("checkbox"),
                    .input(.type(.radio), .id("field-conflict-yes"), .name(conflict.rawValue), .value("yes"), .checked(chosen == "yes")),
                    .label(.attribute(named: "for", value: "field-conflict-yes"), .text(context.t("assessment.hasConflict"))))),
            FormFields.draw(DeclarationForm.self, .reason, state, context),
            .div(.class("form-actions"), .button(.type(.submit), .class("button"), .text(context.t("assessment.declare")))))
    }

    private func applicationText(_ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .section(.h2(.text(context.t("project.summary"))), .p(.text(summary ?? context.t("value.notGiven")))),
            .section(.h2(.text(context.t("application.objectives"))), .p(.text(objectives ?? context.t("value.notGiven")))),
            .section(
                .h2(.text(context.t("project.workPackages"))),
                .ul(.forEach(workPackages) { .li(.text("WP\($0.number) \($0.title)" + ($0.description.map { ": \($0)" } ?? ""))) })),
            .p(
                .text(
                    context.t("application.requested") + ": "
                        + (requestedCents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown"))))
        )
    }

    private func scoring(_ context: PageContext) -> Node<HTML.BodyContext> {
        var labels: [String: String] = [:]
        for criterion in criteria { labels["score-\(criterion.id)"] = criterion.name.display(context.language) }
        return .form(
            .action(context.link(.assessment(id))), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
            FormFields.errorSummary(state, context, labels: labels),
            FormFields.csrf(context.csrfToken),
            .input(.type(.hidden), .name("step"), .value("scores")),
            .input(.type(.hidden), .name("version"), .value(state.value("version"))),
            .h2(.text(context.t("assessment.scoring"))),
            .forEach(criteria) { criterion in
                let id = criterion.id
                let options = (criterion.scaleMin...criterion.scaleMax).map { (value: "\($0)", label: "\($0)") }
                return .fieldset(
                    .class("field"),
                    .element(
                        named: "legend",
                        text: criterion.name.display(context.language) + " · " + context.t("criterion.weight") + " \(criterion.weight)"),
                    .unwrap(criterion.guidance.resolved(context.language)) { .p(.class("field__hint"), .text($0.text)) },
                    FormFields.select(
                        "score-\(id)", label: context.t("assessment.score", ["scale": "\(criterion.scaleMin)–\(criterion.scaleMax)"]),
                        emptyLabel: context.t("form.choose"), options: options, state, context),
                    FormFields.textArea("comment-\(id)", label: context.t("assessment.comment"), state, context))
            },
            .div(
                .class("form-actions"),
                .button(.type(.submit), .class("button button--secondary"), .name("submit"), .value("0"), .text(context.t("form.save"))),
                .button(.type(.submit), .class("button"), .name("submit"), .value("1"), .text(context.t("assessment.submit")))))
    }

    private func scoresTable(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("assessment.scores"))),
            DataTable(
                caption: context.t("assessment.scoresCaption"),
                columns: [
                    context.t("criterion.name"), context.t("criterion.weight"), context.t("assessment.scoreColumn"), context.t("assessment.comment"),
                ],
                numeric: [1, 2],
                rows: criteria.map { criterion in
                    let score = scores[criterion.id]
                    return [
                        .text(criterion.name.display(context.language)), .number("\(criterion.weight)"),
                        .number(score.map { "\($0.score) / \(criterion.scaleMax)" } ?? "–"), .text(score?.comment ?? "–"),
                    ]
                },
                footer: [
                    .text(context.t("assessment.total")), .text(""),
                    .number(total.map { FixedPoint.quantity.formatted($0, context.language) } ?? "–"), .text(""),
                ]
            ).render())
    }
}
