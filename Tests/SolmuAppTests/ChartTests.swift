import Testing

@testable import SolmuApp

/// The bar charts as a reader sees them: bars sized against the largest, unknown values said, an empty chart one line.
@Suite("Bar charts")
struct ChartTests {
    let context = PageContext(language: .fi, user: nil, csrfToken: "", pathAfterLanguage: "/")

    @Test("A table's bar is its share of the largest; a value above zero always shows; the chart's bars take the same shape")
    func bars() {
        #expect(BarChart.bar(fraction: 0.25).contains("width=\"120\" height=\"10\" viewBox=\"0 0 100 10\""))
        #expect(BarChart.bar(fraction: 0.25).contains("<rect width=\"25.00\""))
        #expect(BarChart.bar(fraction: 0.001).contains("<rect width=\"0.50\""))
        #expect(BarChart.bar(fraction: 0).contains("<rect width=\"0.00\""))
        #expect(BarChart.bar(fraction: 3).contains("<rect width=\"100.00\""))
        #expect(!BarChart.bar(fraction: 0.5, width: nil).contains("width=\"120\""))
    }

    @Test("Unknown values are written as unknown; a chart with nothing known is one line")
    func unknownAndEmpty() {
        let chart = HorizontalBarChart(
            title: "Budjetti", series: ["Budjetti"],
            rows: [.init(label: "ERDF", values: [200], valueTexts: ["200 €"]), .init(label: "ESF", values: [nil], valueTexts: [""])])
        let html = chart.render(context).render()
        #expect(html.contains("<rect width=\"100.00\"") && html.contains("200 €"))
        #expect(html.contains("bar-chart__unknown\">Ei tiedossa"))
        let empty = HorizontalBarChart(
            title: "Budjetti", series: ["Budjetti"], rows: [.init(label: "ERDF", values: [nil], valueTexts: [""])], emptyText: "Ei tiedossa.")
        #expect(empty.render(context).render() == "<p class=\"chart-empty\">Ei tiedossa.</p>")
    }
}
