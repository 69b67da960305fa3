import Foundation

/// A radar (spider) chart drawn on the server as SVG: one axis per dimension from 0 at the centre to the scale's
/// maximum at the rim, a ring per level, and one closed shape per series (e.g. this platform, and the peers'
/// median drawn dashed). Each point carries a `<title>` with its value, and the page shows the same figures in a
/// table beside it, so the chart never has to be read by colour or shape alone.
enum RadarChart {
    struct Series {
        var name: String
        /// One value per axis; nil (not scored) is drawn at the centre and said so in the point's title.
        var values: [Double?]
        var valueTexts: [String]
    }

    /// Drawn at a phone's width, so that its 14 px text is still 12 px or more when a 360 px screen shrinks it.
    static let width = 400.0, radius = 85.0, lineHeight = 17.0, labelGap = 1.14
    /// A rough width of a character of 14 px text, to keep labels inside the drawing.
    static let characterWidth = 7.8

    static func svg(id: String, title: String, axes: [String], maximum: Double, series: [Series]) -> String {
        let cx = width / 2, cy = 12 + 3 * lineHeight + radius * labelGap
        let legendTop = cy + radius * labelGap + 3 * lineHeight + 8
        let height = legendTop + (series.count > 1 ? Double(series.count) * 22 : 0) + 6
        let count = max(axes.count, 3)
        func point(_ axis: Int, _ value: Double) -> (x: Double, y: Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(count)
            let r = radius * min(max(value / maximum, 0), 1)
            return (cx + r * cos(angle), cy + r * sin(angle))
        }
        func polygon(_ values: [Double]) -> String {
            values.enumerated().map { String(format: "%.1f,%.1f", point($0.offset, $0.element).x, point($0.offset, $0.element).y) }.joined(
                separator: " ")
        }
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart--radar\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title\">"
        out += "<title id=\"\(id)-title\">\(FinlandMap.escape(title))</title>"
        for level in 1...Int(maximum) {
            out += "<polygon class=\"chart__grid\" points=\"\(polygon(Array(repeating: Double(level), count: count)))\"/>"
            // The ring's number half-way between the first two axes, clear of the top axis's name.
            let angle = -Double.pi / 2 + Double.pi / Double(count)
            let r = radius * Double(level) / maximum
            out += String(
                format: "<text class=\"chart__tick\" text-anchor=\"middle\" x=\"%.1f\" y=\"%.1f\">%d</text>", cx + r * cos(angle),
                cy + r * sin(angle) + 5, level)
        }
        for (index, axis) in axes.enumerated() {
            let end = point(index, maximum)
            out += String(format: "<line class=\"chart__grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", cx, cy, end.x, end.y)
            let label = point(index, maximum * labelGap)
            let anchor = abs(label.x - cx) < 8 ? "middle" : (label.x > cx ? "start" : "end")
            let lines = wrap(axis)
            let top = label.y + (label.y < cy - 8 ? -Double(lines.count - 1) * lineHeight : (label.y > cy + 8 ? 12 : 5))
            // Kept inside the drawing: a long label on a side axis moves in rather than being cut off.
            let textWidth = Double(lines.map(\.count).max() ?? 0) * characterWidth
            let x =
                switch anchor {
                case "start": min(label.x, width - 4 - textWidth)
                case "end": max(label.x, 4 + textWidth)
                default: min(max(label.x, 4 + textWidth / 2), width - 4 - textWidth / 2)
                }
            for (number, line) in lines.enumerated() {
                out +=
                    String(
                        format: "<text class=\"chart__label\" text-anchor=\"%@\" x=\"%.1f\" y=\"%.1f\">", anchor, x, top + Double(number) * lineHeight
                    )
                    + FinlandMap.escape(line) + "</text>"
            }
        }
        for (index, one) in series.enumerated() {
            let values = one.values.map { $0 ?? 0 }
            out += "<polygon class=\"chart__area chart__area--\(index)\" points=\"\(polygon(values))\"/>"
            for (axis, value) in values.enumerated() {
                let p = point(axis, value)
                let text = one.valueTexts.indices.contains(axis) ? one.valueTexts[axis] : ""
                out += String(format: "<circle class=\"chart__point chart__point--%d\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\">", index, p.x, p.y)
                out += "<title>\(FinlandMap.escape("\(axes.indices.contains(axis) ? axes[axis] : "") – \(one.name): \(text)"))</title></circle>"
            }
        }
        if series.count > 1 {
            for (index, one) in series.enumerated() {
                let y = legendTop + 14 + Double(index) * 22, x = 8.0
                out += String(
                    format: "<line class=\"chart__area chart__area--%d\" x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\"/>", index, x, y, x + 24, y)
                out += String(format: "<text class=\"chart__label\" x=\"%.0f\" y=\"%.0f\">", x + 30, y + 4) + FinlandMap.escape(one.name) + "</text>"
            }
        }
        return out + "</svg>"
    }

    /// An axis name in lines of at most about 13 characters, broken at spaces (at most three lines).
    static func wrap(_ text: String, width: Int = 13) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        guard lines.count > 3 else { return lines }
        return Array(lines.prefix(2)) + [lines.dropFirst(2).joined(separator: " ")]
    }
}
