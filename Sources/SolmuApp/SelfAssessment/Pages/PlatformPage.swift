import Plot
import Vapor

/// An owner's platform: its facts and links, the trend of its scores per dimension over its assessments (one chart
/// per questionnaire version, with the figures in a table beside it), and every assessment with a way back into it.
struct PlatformPage {
    /// Something in the atlas the platform is linked to: its id and name.
    struct Link {
        var id: Int
        var name: String
    }

    /// The trend under one questionnaire version: its completed assessments oldest first.
    struct Trend {
        /// One dimension's scores, one per assessment (nil where it was not scored).
        struct Dimension {
            var name: LocalizedText
            var scores: [Int?]
        }

        var instrumentId: Int
        var instrumentName: LocalizedText
        var version: Int
        /// When each assessment was completed.
        var completedAt: [Date?]
        /// In questionnaire order.
        var dimensions: [Dimension]
        /// Each assessment's overall score.
        var overall: [Int?]
    }

    /// One assessment in the list, with its version.
    struct AssessmentRow {
        var id: Int
        var createdAt: Date?
        var version: Int
        var status: PlatformAssessment.Status
        var published: Bool
        var overall: Int?
    }

    var id: Int
    var name: String
    var kind: Platform.Kind
    var ownerName: String?
    /// The municipality's name as each language's page shows it.
    var municipality: LocalizedText?
    var organization: Link?
    var ecosystem: Link?
    var network: Link?
    /// One per version the platform has completed assessments under, newest version first; empty when none is completed.
    var trends: [Trend]
    /// Every assessment, newest first.
    var assessments: [AssessmentRow]

    func render(_ context: PageContext) -> Response {
        let language = context.language
        return Layout.page(
            context, title: name,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("platform.mine"), href: context.link(.myPlatforms))],
                    current: name
                ).render(context),
                .h1(.text(name)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("platform.kind"))), .dd(.text(context.t(kind.labelKey))),
                    .unwrap(ownerName) { .group(.dt(.text(context.t("platform.ownerName"))), .dd(.text($0))) },
                    .unwrap(municipality) { .group(.dt(.text(context.t("platform.municipality"))), .dd(.text($0.display(language)))) },
                    .unwrap(organization) {
                        .group(.dt(.text(context.t("platform.organization"))), .dd(.a(.href(context.link(.organization($0.id))), .text($0.name))))
                    },
                    .unwrap(ecosystem) {
                        .group(.dt(.text(context.t("platform.ecosystem"))), .dd(.a(.href(context.link(.ecosystem($0.id))), .text($0.name))))
                    },
                    .unwrap(network) {
                        .group(.dt(.text(context.t("platform.network"))), .dd(.a(.href(context.link(.network($0.id))), .text($0.name))))
                    }),
                .section(
                    .h2(.text(context.t("platform.trend"))),
                    trends.isEmpty ? .p(.text(context.t("platform.noCompleted"))) : .forEach(trends) { trend($0, context) }),
                .section(
                    .h2(.text(context.t("platform.assessments"))),
                    DataTable(
                        caption: context.t("platform.assessments"),
                        columns: [
                            context.t("platform.started"), context.t("selfAssessment.questionnaire"), context.t("platform.status"),
                            context.t("selfAssessment.overall"), context.t("platform.open"),
                        ],
                        numeric: [3],
                        rows: assessments.map { assessment in
                            [
                                .text(assessment.createdAt.map { Formatting.date($0, language) } ?? ""), .text("\(assessment.version)"),
                                .text(context.t(assessment.status.labelKey) + (assessment.published ? " · " + context.t("platform.published") : "")),
                                .number(assessment.overall.map { Scoring.text($0, language) } ?? "–"),
                                .node(
                                    .form(
                                        .action(context.link(.openAssessment(id, assessment.id))), .method(.post), FormFields.csrf(context.csrfToken),
                                        .button(
                                            .type(.submit), .class("link-button"),
                                            .attribute(
                                                named: "aria-label",
                                                value: context.t(
                                                    "platform.openLabel", ["date": assessment.createdAt.map { Formatting.date($0, language) } ?? ""])),
                                            .text(context.t("platform.open"))))),
                            ]
                        }
                    ).render(),
                    .p(.class("field__hint"), .text(context.t("platform.openHint")))),
                .section(
                    .class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                    .form(
                        .action(context.link(.assessAgain(id))), .method(.post), FormFields.csrf(context.csrfToken),
                        .button(.type(.submit), .class("button"), .text(context.t("platform.assessAgain")))),
                    .a(.class("button button--secondary"), .href(context.link(.editPlatform(id))), .text(context.t("platform.editButton")))),
                .p(.a(.href("/api/v1/self-assessment/platforms/\(id)"), .text(context.t("platform.json"))))
            ))
    }

    private func trend(_ trend: Trend, _ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let times = trend.completedAt.map { $0.map { Formatting.date($0, language) } ?? "" }
        let series = trend.dimensions.map { dimension in
            LineChart.Series(
                name: dimension.name.display(language), values: dimension.scores.map { Scoring.value($0) },
                valueTexts: dimension.scores.map { $0.map { Scoring.text($0, language) } ?? "–" })
        }
        let title = context.t("platform.trendTitle", ["name": name, "version": "\(trend.version)"])
        return .div(
            .h3(.text(context.t("selfAssessment.version", ["name": trend.instrumentName.display(language), "version": "\(trend.version)"]))),
            ChartAndTable.render(
                svg: LineChart.svg(
                    id: "trend-\(trend.instrumentId)", title: title, times: times, maximum: Double(InstrumentContent.levels.upperBound),
                    series: series),
                table: DataTable(
                    caption: title, columns: [context.t("assessmentResult.dimension")] + times, numeric: Set(1...max(times.count, 1)),
                    rows: trend.dimensions.map { dimension in
                        [.text(dimension.name.display(language))] + dimension.scores.map { .number($0.map { Scoring.text($0, language) } ?? "–") }
                    },
                    footer: [.text(context.t("assessmentResult.overall"))]
                        + trend.overall.map { .number($0.map { Scoring.text($0, language) } ?? "–") })))
    }
}
