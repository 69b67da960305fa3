import Plot
import Vapor

/// The self-assessment's front page: what the questionnaire is, its dimensions, the form that starts an
/// assessment (no account needed), and the results platforms have published.
struct SelfAssessmentHomePage {
    /// The questionnaire a new assessment is given under, as the page introduces it.
    struct Instrument {
        struct Dimension {
            var name: LocalizedText
            var description: LocalizedText
        }

        var name: LocalizedText
        var version: Int
        var description: LocalizedText
        /// In questionnaire order.
        var dimensions: [Dimension]
    }

    /// A published result in the list.
    struct Published {
        var id: Int
        var platformName: String
        var kind: Platform.Kind
        var ownerName: String?
        var completedAt: Date?
        var overall: Int?
    }

    var instrument: Instrument?
    var published: [Published]
    var municipalities: [(value: String, label: String)]
    var state: FormState
    var canSeeAggregates: Bool

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let language = context.language
        let kinds = Platform.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return Layout.page(
            context, title: context.t("selfAssessment.title"), status: status,
            main: .div(
                .h1(.text(context.t("selfAssessment.title"))),
                .unwrap(instrument) { instrument in
                    .group(
                        .p(.class("lead"), .text(instrument.description.display(language))),
                        .p(
                            .text(
                                context.t("selfAssessment.version", ["name": instrument.name.display(language), "version": "\(instrument.version)"]))),
                        .section(
                            .h2(.text(context.t("selfAssessment.dimensions"))),
                            .ol(
                                .forEach(instrument.dimensions) { dimension in
                                    .li(.strong(.text(dimension.name.display(language))), .text(" – " + dimension.description.display(language)))
                                })))
                },
                .section(
                    .h2(.text(context.t("selfAssessment.start"))),
                    .p(.text(context.t("selfAssessment.startHint"))),
                    .form(
                        .action(context.link(.selfAssessment)), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                        FormFields.errorSummary(state, context, labels: StartForm.labels(context)),
                        .if(context.user != nil, FormFields.csrf(context.csrfToken)),
                        .group(FormFields.draw(StartForm.self, state, context, options: [.kind: kinds, .municipalityCode: municipalities])),
                        .div(.class("form-actions"), .button(.type(.submit), .class("button"), .text(context.t("selfAssessment.startButton")))))),
                .section(
                    .h2(.text(context.t("selfAssessment.published"))),
                    published.isEmpty
                        ? .p(.text(context.t("selfAssessment.noPublished")))
                        : DataTable(
                            caption: context.t("selfAssessment.published"),
                            columns: [
                                context.t("platform.name"), context.t("platform.kind"), context.t("platform.ownerName"),
                                context.t("selfAssessment.completedAt"),
                                context.t("selfAssessment.overall"),
                            ],
                            numeric: [4],
                            rows: published.map { assessment in
                                [
                                    .link(assessment.platformName, href: context.link(.publishedAssessment(assessment.id))),
                                    .text(context.t(assessment.kind.labelKey)), .text(assessment.ownerName ?? ""),
                                    .text(assessment.completedAt.map { Formatting.date($0, language) } ?? ""),
                                    .number(assessment.overall.map { Scoring.text($0, language) } ?? "–"),
                                ]
                            }
                        ).render()),
                .section(
                    .class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                    .if(context.user != nil, .a(.class("button"), .href(context.link(.myPlatforms)), .text(context.t("platform.mine")))),
                    .if(canSeeAggregates, .a(.class("button"), .href(context.link(.platformAggregates)), .text(context.t("aggregates.title")))),
                    .if(
                        context.user?.isAdmin == true,
                        .a(.class("button"), .href(context.link(.instruments)), .text(context.t("questionnaire.versions"))))),
                .p(.a(.href("/api/v1/self-assessment/results"), .text(context.t("selfAssessment.json"))))
            ))
    }
}
