import Foundation
import Plot

/// A horizontal bar chart in HTML: one row per category with its label, and one bar per series (e.g. target and
/// actual) followed by its value as text. The labels and values are page text, so they wrap on a phone and never
/// shrink below the page's size; only the bars are drawn (a text-free SVG each). A value that is not known is written
/// as such ("ei tiedossa") instead of a bar of zero, and a chart with nothing to show is one line saying so.
/// The page shows the same figures in a table beside it.
struct HorizontalBarChart {
    struct Row {
        var label: String
        /// One value per series; nil when it is not known.
        var values: [Double?]
        /// The values as the page writes them.
        var valueTexts: [String]
    }

    var title: String
    var series: [String]
    var rows: [Row]
    /// What to say instead of an empty chart (e.g. "Budgets are not known for any of the 12 projects").
    var emptyText: String? = nil

    /// Nothing to draw: no rows, or no known value above zero.
    var isEmpty: Bool { !rows.contains { $0.values.contains { ($0 ?? 0) > 0 } } }

    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !isEmpty else { return .p(.class("chart-empty"), .text(emptyText ?? context.t("chart.empty", ["title": title]))) }
        let maximum = rows.flatMap { $0.values.compactMap { $0 } }.max() ?? 1
        return .element(
            named: "figure",
            nodes: [
                .class("bar-chart"),
                .element(named: "figcaption", nodes: [.class("bar-chart__title"), .text(title)]),
                .if(
                    series.count > 1,
                    .ul(
                        .class("legend"),
                        .forEach(series.enumerated()) { index, name in
                            .li(
                                .span(.class("legend__swatch legend__swatch--series-\(index)"), .attribute(named: "aria-hidden", value: "true")),
                                .text(name))
                        })),
                .ul(
                    .class("bar-chart__rows"),
                    .forEach(rows) { row in
                        .li(
                            .class("bar-chart__row"),
                            .span(.class("bar-chart__label"), .text(row.label)),
                            .span(
                                .class("bar-chart__bars"),
                                .forEach(row.values.enumerated()) { index, value in
                                    bar(
                                        value, maximum: maximum, index: index,
                                        text: row.valueTexts.indices.contains(index) ? row.valueTexts[index] : "", context)
                                }))
                    }),
            ])
    }

    private func bar(_ value: Double?, maximum: Double, index: Int, text: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        let name = series.count > 1 && series.indices.contains(index) ? series[index] + ": " : ""
        guard let value else {
            return .span(.class("bar-chart__bar bar-chart__unknown"), .text(name + context.t("value.unknown")))
        }
        let bar = BarChart.bar(fraction: maximum > 0 ? value / maximum : 0, width: nil)
        return .span(.class("bar-chart__bar bar-chart__bar--\(index)"), .raw(bar), .span(.text(name + text)))
    }
}
