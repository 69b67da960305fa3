import Plot
import Vapor

/// The platforms a signed-in owner keeps, with how many times each was assessed and its latest overall score.
struct MyPlatformsPage {
    /// One platform in the list.
    struct Row {
        var id: Int
        var name: String
        var kind: Platform.Kind
        /// How many times it was assessed (drafts included).
        var assessments: Int
        /// The overall score of its latest completed assessment.
        var latestOverall: Int?
    }

    var platforms: [Row]

    func render(_ context: PageContext) -> Response {
        let title = context.t("platform.mine")
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(title)),
                .p(.text(context.t("platform.mineLead"))),
                platforms.isEmpty
                    ? .p(.text(context.t("platform.none")))
                    : DataTable(
                        caption: title,
                        columns: [
                            context.t("platform.name"), context.t("platform.kind"), context.t("platform.assessments"),
                            context.t("selfAssessment.overall"),
                        ],
                        numeric: [2, 3],
                        rows: platforms.map { platform in
                            [
                                .link(platform.name, href: context.link(.platform(platform.id))), .text(context.t(platform.kind.labelKey)),
                                .number(Formatting.integer(platform.assessments)),
                                .number(platform.latestOverall.map { Scoring.text($0, context.language) } ?? "–"),
                            ]
                        }
                    ).render(),
                .p(.a(.class("button"), .href(context.link(.selfAssessment)), .text(context.t("selfAssessment.startNew"))))
            ))
    }
}
