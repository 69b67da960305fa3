import Plot
import Vapor

/// One dimension of the questionnaire: each statement with its five levels described in words, and "don't know".
/// Saving keeps the answers given so far; nothing needs to be complete to be saved.
struct SelfAssessmentStepPage {
    /// A level of a statement (0–4) and what it means for the statement.
    struct Level {
        var level: Int
        var text: LocalizedText
    }

    /// A statement as the form asks it: its field (`s{statementId}`), its text and its levels in order.
    struct Statement {
        var field: String
        var text: LocalizedText
        var levels: [Level]
    }

    var token: String
    var platformName: String
    var dimensionKey: String
    var dimensionName: LocalizedText
    var dimensionDescription: LocalizedText
    /// The dimension's place (0-based) among the questionnaire's `dimensionCount` dimensions.
    var index: Int
    var dimensionCount: Int
    /// The key of the dimension before this one, if any.
    var previousKey: String?
    /// The dimension's statements in questionnaire order.
    var statements: [Statement]
    var state: FormState

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let language = context.language
        let title = dimensionName.display(language)
        let labels = Dictionary(uniqueKeysWithValues: statements.map { ($0.field, $0.text.display(language)) })
        return Layout.page(
            context, title: "\(title) – \(platformName)", status: status,
            main: .div(
                Breadcrumbs(
                    steps: [
                        (title: context.t("selfAssessment.title"), href: context.link(.selfAssessment)),
                        (title: platformName, href: context.link(.platformAssessment(token))),
                    ],
                    current: title
                ).render(context),
                .p(.text(context.t("selfAssessment.step", ["number": "\(index + 1)", "total": "\(dimensionCount)"]))),
                .h1(.text(title)),
                .p(.text(dimensionDescription.display(language))),
                .form(
                    .action(context.link(.assessmentStep(token, dimensionKey))), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                    FormFields.errorSummary(state, context, labels: labels),
                    .forEach(statements) { statement in
                        levels(statement, context)
                    },
                    .div(
                        .class("form-actions"),
                        .button(
                            .type(.submit), .class("button"), .name("go"), .value("next"),
                            .text(context.t(index + 1 < dimensionCount ? "selfAssessment.saveNext" : "selfAssessment.saveLast"))),
                        .button(
                            .type(.submit), .class("button button--secondary"), .name("go"), .value("overview"),
                            .text(context.t("selfAssessment.saveOverview"))),
                        .unwrap(previousKey) { .a(.href(context.link(.assessmentStep(token, $0))), .text(context.t("selfAssessment.previous"))) }))
            ))
    }

    private func levels(_ statement: Statement, _ context: PageContext) -> Node<HTML.FormContext> {
        let field = statement.field
        let error = state.errors[field]
        let chosen = state.value(field)
        func radio(_ value: String, _ label: String) -> Node<HTML.FormContext> {
            let id = "field-\(field)-\(value)"
            return .div(
                .class("radio"),
                .input(.type(.radio), .id(id), .name(field), .value(value), .checked(chosen == value)),
                .label(.attribute(named: "for", value: id), .text(label)))
        }
        return .fieldset(
            .class(error == nil ? "statement" : "statement field--error"), .id("field-\(field)"),
            .attribute(named: "aria-describedby", value: error.map { _ in "field-\(field)-error" }),
            .element(named: "legend", text: statement.text.display(context.language)),
            .unwrap(error) { .p(.class("field__error"), .id("field-\(field)-error"), .text(context.t($0))) },
            .div(
                .class("levels"),
                .forEach(statement.levels) { level in
                    radio(
                        "\(level.level)",
                        "\(level.level) – \(context.t("selfAssessment.level.\(level.level)")): " + level.text.display(context.language))
                },
                radio(StepForm.dontKnow, context.t("selfAssessment.dontKnow"))))
    }
}
