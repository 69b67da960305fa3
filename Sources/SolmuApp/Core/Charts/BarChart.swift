/// A small inline SVG bar for a table cell: the figure stays in the cell as text, the bar only shows its size.
enum BarChart {
    static func bar(fraction: Double, width: Int = 120) -> String {
        let length = Int((max(0, min(1, fraction)) * Double(width)).rounded())
        return
            "<svg class=\"bar__svg\" width=\"\(width)\" height=\"10\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"\(length)\" height=\"10\"/></svg>"
    }
}
