import Plot
import Vapor

/// The assessment behind its private link: the link to keep, the platform, and the questionnaire's dimensions with
/// how far each is answered — continue where you left off, in as many sittings as it takes, then complete.
struct QuestionnairePage {
    /// One dimension of the questionnaire with how far it is answered.
    struct Dimension {
        var key: String
        var name: LocalizedText
        /// Its statements with an answer (a level or "don't know"), of `total`.
        var answered: Int
        var total: Int
    }

    var token: String
    var publicURL: String
    var platformName: String
    var facts: PlatformFacts
    /// The dimensions in questionnaire order.
    var dimensions: [Dimension]
    /// Statements answered in the whole questionnaire, of `totalStatements`.
    var answeredCount: Int
    var totalStatements: Int
    var assessmentStatus: PlatformAssessment.Status
    var justStarted = false
    /// Completing was refused: the dimensions with statements still unanswered are listed at the top.
    var completionRefused = false

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let language = context.language
        let unfinished = dimensions.filter { $0.answered < $0.total }
        let next = unfinished.first
        let link = context.link(.platformAssessment(token))
        let title = context.t("selfAssessment.of", ["name": platformName])
        return Layout.page(
            context, title: title, status: status,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("selfAssessment.title"), href: context.link(.selfAssessment))],
                    current: platformName
                ).render(context),
                .h1(.text(title)),
                .if(justStarted, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("selfAssessment.started")))),
                .if(
                    completionRefused && !unfinished.isEmpty,
                    .div(
                        .class("error-summary"), .attribute(named: "role", value: "alert"),
                        .h2(.text(context.t("form.errorSummary"))),
                        .p(.text(context.t("selfAssessment.incomplete"))),
                        .ul(
                            .forEach(unfinished) { dimension in
                                .li(.a(.href(context.link(.assessmentStep(token, dimension.key))), .text(dimension.name.display(language))))
                            }))),
                .div(
                    .class("private-link"),
                    .p(.strong(.text(context.t("selfAssessment.keepLink")))),
                    .p(.code(.text(publicURL + link)))),
                facts.render(context),
                .section(
                    .h2(.text(context.t("selfAssessment.progress", ["answered": "\(answeredCount)", "total": "\(totalStatements)"]))),
                    .ol(
                        .class("progress-list"),
                        .forEach(dimensions) { dimension in
                            .li(
                                .a(.href(context.link(.assessmentStep(token, dimension.key))), .text(dimension.name.display(language))),
                                .text(
                                    " – "
                                        + context.t(
                                            "selfAssessment.dimensionProgress", ["answered": "\(dimension.answered)", "total": "\(dimension.total)"]))
                            )
                        })),
                .div(
                    .class("form-actions"),
                    .unwrap(next) {
                        .a(
                            .class("button"), .href(context.link(.assessmentStep(token, $0.key))),
                            .text(context.t(answeredCount == 0 ? "selfAssessment.begin" : "selfAssessment.continue")))
                    },
                    .if(
                        next == nil && assessmentStatus == .draft,
                        .form(
                            .action(context.link(.assessmentComplete(token))), .method(.post),
                            .button(.type(.submit), .class("button"), .text(context.t("selfAssessment.complete"))))),
                    .if(
                        assessmentStatus == .completed,
                        .a(.class("button"), .href(context.link(.assessmentResult(token))), .text(context.t("selfAssessment.seeResult")))))
            ))
    }
}

/// The platform's facts as the questionnaire and result pages show them.
struct PlatformFacts {
    var kind: Platform.Kind
    var ownerName: String?
    /// The municipality's name as each language's page shows it (a bilingual one with its other name too).
    var municipality: LocalizedText?
    var instrumentName: LocalizedText
    var instrumentVersion: Int

    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("facts"),
            .dt(.text(context.t("platform.kind"))), .dd(.text(context.t(kind.labelKey))),
            .unwrap(ownerName) { .group(.dt(.text(context.t("platform.ownerName"))), .dd(.text($0))) },
            .unwrap(municipality) { .group(.dt(.text(context.t("platform.municipality"))), .dd(.text($0.display(context.language)))) },
            .dt(.text(context.t("selfAssessment.questionnaire"))),
            .dd(.text(context.t("selfAssessment.version", ["name": instrumentName.display(context.language), "version": "\(instrumentVersion)"]))))
    }
}
