import Plot
import Vapor

/// The consolidated ranking of a call: each application's mean weighted score with the lowest and highest review
/// (the spread shows where reviewers disagree), as a chart with the same figures in a table beside it.
struct RankingPage {
    var callID: Int
    var callTitle: CallTitle
    var ranking: Ranking

    func render(_ context: PageContext) -> Response {
        let title = context.t("ranking.titleOf", ["call": callTitle.numbered(context.language)])
        let language = context.language
        let points = { (value: Int64) in FixedPoint.quantity.formatted(value, language) }
        let table = DataTable(
            caption: context.t("ranking.caption"),
            columns: [
                context.t("ranking.rank"), context.t("application.title"), context.t("ranking.reviews"), context.t("ranking.mean"),
                context.t("ranking.lowest"), context.t("ranking.highest"), context.t("ranking.spread"), context.t("call.state"),
            ],
            numeric: [0, 2, 3, 4, 5, 6],
            rows: ranking.rows.enumerated().map { index, row in
                [
                    .number("\(index + 1)"), .link(row.title, href: context.link(.application(row.applicationID))), .number("\(row.reviews)"),
                    .number(points(row.mean)), .number(points(row.lowest)), .number(points(row.highest)), .number(points(row.spread)),
                    .text(context.t(row.state.labelKey)),
                ]
            })
        let chart = HorizontalBarChart(
            title: context.t("ranking.chartTitle"), series: [context.t("ranking.mean")],
            rows: ranking.rows.prefix(30).map { row in
                HorizontalBarChart.Row(label: row.title, values: [Double(row.mean) / 1000], valueTexts: [points(row.mean)])
            })
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [(title: callTitle.numbered(context.language), href: context.link(.call(callID)))],
                    current: context.t("ranking.title")
                ).render(context),
                .h1(.text(title)),
                .p(.text(context.t("ranking.explained"))),
                ranking.rows.isEmpty ? .p(.text(context.t("ranking.empty"))) : ChartAndTable.render(chart: chart.render(context), table: table),
                .p(.a(.href("/api/v1/calls/\(callID)/ranking?format=csv"), .text(context.t("ranking.csv"))))
            ))
    }
}
