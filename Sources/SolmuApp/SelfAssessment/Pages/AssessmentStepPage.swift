import Plot
import Vapor

/// One dimension of the questionnaire: each statement with its five levels described in words, and "don't know".
/// Saving keeps the answers given so far; nothing needs to be complete to be saved.
struct AssessmentStepPage {
    var assessment: PlatformAssessment
    var dimension: InstrumentDimension
    var token: String
    var state: FormState

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let language = context.language
        let dimensions = assessment.instrument.orderedDimensions
        let index = dimensions.firstIndex { $0.id == dimension.id } ?? 0
        let previous = index > 0 ? dimensions[index - 1] : nil
        let title = dimension.name.display(language)
        let labels = Dictionary(uniqueKeysWithValues: dimension.orderedStatements.map { (StepForm.field($0), $0.text.display(language)) })
        return Layout.page(context, title: "\(title) – \(assessment.platform.name)", status: status, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.selfAssessment)), .text(context.t("selfAssessment.title")))),
                     .li(.a(.href(context.link(.platformAssessment(token))), .text(assessment.platform.name))),
                     .li(.text(title)))),
            .p(.text(context.t("selfAssessment.step", ["number": "\(index + 1)", "total": "\(dimensions.count)"]))),
            .h1(.text(title)),
            .p(.text(dimension.description.display(language))),
            .form(.action(context.link(.assessmentStep(token, dimension.key))), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                .forEach(dimension.orderedStatements) { statement in
                    levels(statement, context)
                },
                .div(.class("form-actions"),
                    .button(.type(.submit), .class("button"), .name("go"), .value("next"),
                            .text(context.t(index + 1 < dimensions.count ? "selfAssessment.saveNext" : "selfAssessment.saveLast"))),
                    .button(.type(.submit), .class("button button--secondary"), .name("go"), .value("overview"), .text(context.t("selfAssessment.saveOverview"))),
                    .unwrap(previous) { .a(.href(context.link(.assessmentStep(token, $0.key))), .text(context.t("selfAssessment.previous"))) }))
        ))
    }

    private func levels(_ statement: InstrumentStatement, _ context: PageContext) -> Node<HTML.FormContext> {
        let field = StepForm.field(statement)
        let error = state.errors[field]
        let chosen = state.value(field)
        func radio(_ value: String, _ label: String) -> Node<HTML.FormContext> {
            let id = "field-\(field)-\(value)"
            return .div(.class("radio"),
                .input(.type(.radio), .id(id), .name(field), .value(value), .checked(chosen == value)),
                .label(.attribute(named: "for", value: id), .text(label)))
        }
        return .fieldset(.class(error == nil ? "statement" : "statement field--error"), .id("field-\(field)"),
            .attribute(named: "aria-describedby", value: error.map { _ in "field-\(field)-error" }),
            .element(named: "legend", text: statement.text.display(context.language)),
            .unwrap(error) { .p(.class("field__error"), .id("field-\(field)-error"), .text(context.t($0))) },
            .div(.class("levels"),
                .forEach(statement.levels.sorted { $0.level < $1.level }) { level in
                    radio("\(level.level)", "\(level.level) – \(context.t("selfAssessment.level.\(level.level)")): " + level.text.display(context.language))
                },
                radio(StepForm.dontKnow, context.t("selfAssessment.dontKnow"))))
    }
}
