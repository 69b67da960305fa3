import Foundation

/// One bar as a text-free SVG: the figure beside it stays text, the bar only shows its size against the largest.
/// In a table cell it is `width` pixels wide; without a width the stylesheet sizes it (the bar charts' rows).
enum BarChart {
    static func bar(fraction: Double, width: Int? = 120) -> String {
        // Drawn in hundredths of the bar's length; a value above zero always shows a sliver.
        let share = max(0, min(1, fraction)) * 100
        let length = fraction > 0 ? max(share, 0.5) : 0
        let size = width.map { " width=\"\($0)\" height=\"10\"" } ?? ""
        return "<svg class=\"bar__svg\"\(size) viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
            + String(format: "<rect width=\"%.2f\" height=\"10\"/>", length) + "</svg>"
    }
}
