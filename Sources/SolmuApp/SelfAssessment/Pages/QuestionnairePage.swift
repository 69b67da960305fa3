import Plot
import Vapor

/// The assessment behind its private link: the link to keep, the platform, and the questionnaire's dimensions with
/// how far each is answered — continue where you left off, in as many sittings as it takes, then complete.
struct QuestionnairePage {
    var assessment: PlatformAssessment
    var token: String
    var publicURL: String
    var justStarted = false
    /// Completing was refused: the dimensions with statements still unanswered are listed at the top.
    var completionRefused = false

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let language = context.language
        let platform = assessment.platform
        let answered = Set(assessment.answers.map(\.$statement.id))
        let dimensions = assessment.instrument.orderedDimensions
        func done(_ dimension: InstrumentDimension) -> Int { dimension.statements.filter { answered.contains($0.id ?? 0) }.count }
        let unfinished = dimensions.filter { done($0) < $0.statements.count }
        let next = unfinished.first
        let link = context.link(.platformAssessment(token))
        let title = context.t("selfAssessment.of", ["name": platform.name])
        return Layout.page(context, title: title, status: status, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.selfAssessment)), .text(context.t("selfAssessment.title")))), .li(.text(platform.name)))),
            .h1(.text(title)),
            .if(justStarted, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("selfAssessment.started")))),
            .if(completionRefused && !unfinished.isEmpty, .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                .h2(.text(context.t("form.errorSummary"))),
                .p(.text(context.t("selfAssessment.incomplete"))),
                .ul(.forEach(unfinished) { dimension in
                    .li(.a(.href(context.link(.assessmentStep(token, dimension.key))), .text(dimension.name.display(language))))
                }))),
            .div(.class("private-link"),
                .p(.strong(.text(context.t("selfAssessment.keepLink")))),
                .p(.code(.text(publicURL + link)))),
            PlatformFacts(platform: platform, instrument: assessment.instrument).render(context),
            .section(.h2(.text(context.t("selfAssessment.progress", ["answered": "\(answered.count)", "total": "\(assessment.instrument.orderedStatements.count)"]))),
                .ol(.class("progress-list"), .forEach(dimensions) { dimension in
                    .li(.a(.href(context.link(.assessmentStep(token, dimension.key))), .text(dimension.name.display(language))),
                        .text(" – " + context.t("selfAssessment.dimensionProgress", ["answered": "\(done(dimension))", "total": "\(dimension.statements.count)"])))
                })),
            .div(.class("form-actions"),
                .unwrap(next) { .a(.class("button"), .href(context.link(.assessmentStep(token, $0.key))), .text(context.t(answered.isEmpty ? "selfAssessment.begin" : "selfAssessment.continue"))) },
                .if(next == nil && assessment.status == .draft,
                    .form(.action(context.link(.assessmentComplete(token))), .method(.post),
                          .button(.type(.submit), .class("button"), .text(context.t("selfAssessment.complete"))))),
                .if(assessment.status == .completed, .a(.class("button"), .href(context.link(.assessmentResult(token))), .text(context.t("selfAssessment.seeResult")))))
        ))
    }
}

/// The platform's facts as the questionnaire and result pages show them.
struct PlatformFacts {
    var platform: Platform
    var instrument: AssessmentInstrument

    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        .dl(.class("facts"),
            .dt(.text(context.t("platform.kind"))), .dd(.text(context.t(platform.kind.labelKey))),
            .unwrap(platform.ownerName) { .group(.dt(.text(context.t("platform.ownerName"))), .dd(.text($0))) },
            .unwrap(platform.municipality) { .group(.dt(.text(context.t("platform.municipality"))), .dd(.text($0.name(context.language)))) },
            .dt(.text(context.t("selfAssessment.questionnaire"))),
            .dd(.text(context.t("selfAssessment.version", ["name": instrument.name.display(context.language), "version": "\(instrument.version)"]))))
    }
}
