import Foundation

/// A horizontal bar chart drawn on the server as SVG: one row per category, one or two bars per row
/// (e.g. target and actual). The figures themselves are in the table the page shows beside it;
/// the chart carries a title and each bar a `<title>` so it reads without colour too.
enum HorizontalBarChart {
    struct Row {
        var label: String
        /// One value per series; nil draws no bar.
        var values: [Double?]
        /// The values as the page writes them, for the bars' titles.
        var valueTexts: [String]
    }

    static let labelWidth = 190.0, barArea = 280.0, rowGap = 8.0, barHeight = 12.0

    static func svg(id: String, title: String, series: [String], rows: [Row]) -> String {
        let maximum = max(rows.flatMap { $0.values.compactMap { $0 } }.max() ?? 0, 1)
        let perRow = Double(max(series.count, 1)) * barHeight + rowGap
        let legendHeight = series.count > 1 ? 22.0 : 0
        let height = legendHeight + Double(rows.count) * perRow + rowGap
        let width = labelWidth + barArea + 10
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title\">"
        out += "<title id=\"\(id)-title\">\(FinlandMap.escape(title))</title>"
        if series.count > 1 {
            for (index, name) in series.enumerated() {
                let x = labelWidth + Double(index) * 130
                out += "<rect class=\"chart__bar chart__bar--\(index)\" x=\"\(Int(x))\" y=\"4\" width=\"12\" height=\"12\"/>"
                out += "<text class=\"chart__label\" x=\"\(Int(x) + 16)\" y=\"14\">\(FinlandMap.escape(name))</text>"
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let top = legendHeight + Double(rowIndex) * perRow + rowGap / 2
            let label = row.label.count > 30 ? String(row.label.prefix(29)) + "…" : row.label
            out +=
                String(format: "<text class=\"chart__label\" x=\"0\" y=\"%.1f\">", top + barHeight * Double(series.count) / 2 + 4)
                + FinlandMap.escape(label) + "</text>"
            for (index, value) in row.values.enumerated() {
                guard let value else { continue }
                let length = max(value / maximum * barArea, value > 0 ? 1 : 0)
                let y = top + Double(index) * barHeight
                let name = series.indices.contains(index) ? "\(series[index]): " : ""
                let text = row.valueTexts.indices.contains(index) ? row.valueTexts[index] : ""
                out += String(
                    format: "<rect class=\"chart__bar chart__bar--%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">", index, labelWidth, y,
                    length, barHeight - 2)
                out += "<title>\(FinlandMap.escape("\(row.label) – \(name)\(text)"))</title></rect>"
            }
        }
        return out + "</svg>"
    }
}
