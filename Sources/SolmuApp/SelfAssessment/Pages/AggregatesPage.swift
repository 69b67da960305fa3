import Plot
import Vapor

/// A coordinator's view of the platforms in their region, ecosystem or network: per dimension how many platforms,
/// the mean and quartiles, how many are weak in it, the dimensions from the weakest up and the statements the group
/// is weakest in. Aggregated only, and nothing at all below five platforms.
struct AggregatesPage {
    /// A questionnaire version the coordinator may choose.
    struct Version {
        var id: Int
        var name: LocalizedText
        var version: Int
    }

    /// One dimension's figures over the group's platforms.
    struct Dimension {
        var name: LocalizedText
        var platforms: Int
        var mean: Int?
        var quartiles: Quartiles?
        /// Platforms scoring below 2.0 in the dimension.
        var weak: Int
    }

    /// A statement the group is weak in: its mean over the platforms that gave it a level.
    struct Statement {
        var text: LocalizedText
        var dimensionName: LocalizedText
        var mean: Int
        var known: Int
    }

    /// The groups the coordinator may see (plain values: a scope, a label, a query parameter) and the one shown.
    var groups: [AggregateAccess.Group]
    var group: AggregateAccess.Group
    var versions: [Version]
    /// The questionnaire version shown.
    var instrumentId: Int
    /// How many platforms the group holds; its figures are `shown` only from `PeerGroup.minimumSize` up.
    var platforms: Int
    var shown: Bool
    var overallMean: Int?
    var overallMedian: Int?
    /// From the weakest median up.
    var dimensions: [Dimension]
    var weakestStatements: [Statement]

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let title = context.t("aggregates.title")
        func score(_ value: Int?) -> String { value.map { Scoring.text($0, language) } ?? "–" }
        let groupValue = "\(group.parameter.name):\(group.parameter.value)"
        let csv =
            "/api/v1/self-assessment/aggregates"
            + SiteURL.queryString([
                group.parameter.name: group.parameter.value,
                "instrument": "\(instrumentId)", "format": "csv", "lang": language.rawValue,
            ])
        let choice = FormValues<AggregatesForm>([.group: groupValue, .instrument: "\(instrumentId)"]).state
        let groupOptions = groups.map {
            (value: "\($0.parameter.name):\($0.parameter.value)", label: "\(context.t("aggregates.kind.\($0.parameter.name)")): \($0.label)")
        }
        let versionOptions = versions.map {
            (value: "\($0.id)", label: context.t("selfAssessment.version", ["name": $0.name.display(language), "version": "\($0.version)"]))
        }
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("selfAssessment.title"), href: context.link(.selfAssessment))],
                    current: title
                ).render(context),
                .h1(.text(title)),
                .p(.text(context.t("aggregates.lead", ["minimum": "\(PeerGroup.minimumSize)"]))),
                .form(
                    .class("search-form"), .action(context.link(.platformAggregates)), .method(.get),
                    .group(FormFields.draw(AggregatesForm.self, choice, context, options: [.group: groupOptions, .instrument: versionOptions])),
                    .button(.type(.submit), .class("button"), .text(context.t("aggregates.show")))),
                .h2(.text("\(context.t("aggregates.kind.\(group.parameter.name)")): \(group.label)")),
                .p(.text(context.t("aggregates.platforms", count: platforms, ["count": Formatting.integer(platforms)]))),
                shown
                    ? .group(
                        .p(.text(context.t("aggregates.overall", ["mean": score(overallMean), "median": score(overallMedian)]))),
                        .section(
                            .h3(.text(context.t("aggregates.byDimension"))),
                            ChartAndTable.render(
                                chart: HorizontalBarChart(
                                    title: context.t("aggregates.chartTitle", ["group": group.label]),
                                    series: [context.t("aggregates.median"), context.t("aggregates.mean")],
                                    rows: dimensions.map { dimension in
                                        .init(
                                            label: dimension.name.display(language),
                                            values: [Scoring.value(dimension.quartiles?.median), Scoring.value(dimension.mean)],
                                            valueTexts: [score(dimension.quartiles?.median), score(dimension.mean)])
                                    }
                                ).render(context),
                                table: DataTable(
                                    caption: context.t("aggregates.tableCaption"),
                                    columns: [
                                        context.t("assessmentResult.dimension"), context.t("aggregates.platformsColumn"),
                                        context.t("aggregates.mean"),
                                        context.t("assessmentResult.peerLower"), context.t("aggregates.median"),
                                        context.t("assessmentResult.peerUpper"), context.t("aggregates.weak"),
                                    ],
                                    numeric: [1, 2, 3, 4, 5, 6],
                                    rows: dimensions.map { dimension in
                                        [
                                            .text(dimension.name.display(language)), .number(Formatting.integer(dimension.platforms)),
                                            .number(score(dimension.mean)), .number(score(dimension.quartiles?.lower)),
                                            .number(score(dimension.quartiles?.median)),
                                            .number(score(dimension.quartiles?.upper)), .number(Formatting.integer(dimension.weak)),
                                        ]
                                    }))),
                        .section(
                            .h3(.text(context.t("aggregates.weakestStatements"))),
                            .ol(
                                .forEach(weakestStatements) { statement in
                                    .li(
                                        .text(statement.text.display(language)),
                                        .text(
                                            " – "
                                                + context.t(
                                                    "aggregates.statementMean",
                                                    [
                                                        "dimension": statement.dimensionName.display(language),
                                                        "mean": Scoring.text(statement.mean, language), "count": Formatting.integer(statement.known),
                                                    ])))
                                })),
                        .p(.a(.href(csv), .text(context.t("aggregates.csv"))))
                    ) : .p(.class("notice"), .text(context.t("aggregates.tooFew", ["minimum": "\(PeerGroup.minimumSize)"])))
            ))
    }
}
