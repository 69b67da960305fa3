import Foundation

/// A line chart drawn on the server as SVG: points in time along the bottom, one line per series (e.g. a
/// platform's score per dimension over its assessments), a legend, and a `<title>` on every point. The page shows
/// the same figures in a table beside it.
enum LineChart {
    struct Series {
        var name: String
        /// One value per point in time; nil leaves a gap.
        var values: [Double?]
        var valueTexts: [String]
    }

    /// Drawn at a phone's width, so that its 14 px text stays 12 px or more on a 360 px screen.
    static let width = 400.0, plotHeight = 180.0, left = 30.0, right = 44.0, top = 16.0, legendRow = 22.0

    static func svg(id: String, title: String, times: [String], maximum: Double, series: [Series]) -> String {
        let height = top + plotHeight + 34 + Double(series.count) * legendRow + 8
        // Every time is labelled when they fit (about 80 px each); otherwise every second, third….
        let step = max(1, Int((Double(times.count) * 80 / (width - left - right)).rounded(.up)))
        let plotWidth = width - left - right
        func x(_ index: Int) -> Double { times.count < 2 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(times.count - 1) }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(max(value / maximum, 0), 1)) }
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart--line\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title\">"
        out += "<title id=\"\(id)-title\">\(FinlandMap.escape(title))</title>"
        for level in 0...Int(maximum) {
            out += String(
                format: "<line class=\"chart__grid\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>", left, y(Double(level)), width - right,
                y(Double(level)))
            out += String(
                format: "<text class=\"chart__tick\" text-anchor=\"end\" x=\"%.0f\" y=\"%.1f\">%d</text>", left - 6, y(Double(level)) + 4, level)
        }
        for (index, time) in times.enumerated() where index % step == 0 || index == times.count - 1 {
            out +=
                String(format: "<text class=\"chart__label\" text-anchor=\"middle\" x=\"%.1f\" y=\"%.1f\">", x(index), top + plotHeight + 18)
                + FinlandMap.escape(time) + "</text>"
        }
        for (index, one) in series.enumerated() {
            let points = one.values.enumerated().compactMap { i, value in value.map { String(format: "%.1f,%.1f", x(i), y($0)) } }
            out += "<polyline class=\"chart__line chart__line--\(index)\" points=\"\(points.joined(separator: " "))\"/>"
            for (i, value) in one.values.enumerated() {
                guard let value else { continue }
                let text = one.valueTexts.indices.contains(i) ? one.valueTexts[i] : ""
                out += String(format: "<circle class=\"chart__point chart__line--%d\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\">", index, x(i), y(value))
                out += "<title>\(FinlandMap.escape("\(one.name), \(times.indices.contains(i) ? times[i] : ""): \(text)"))</title></circle>"
            }
            let legendX = 8.0, legendY = top + plotHeight + 48 + Double(index) * legendRow
            out += String(
                format: "<line class=\"chart__line chart__line--%d\" x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\"/>", index, legendX, legendY - 4,
                legendX + 20, legendY - 4)
            out +=
                String(format: "<text class=\"chart__label\" x=\"%.0f\" y=\"%.0f\">", legendX + 26, legendY) + FinlandMap.escape(one.name) + "</text>"
        }
        return out + "</svg>"
    }
}
