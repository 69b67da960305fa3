import Plot

/// Things counted by a property ("actors by type", "startups by sector") as a table whose counts carry a bar: the
/// figure stays in the cell as text, the bar only shows its size against the largest.
struct CountTable {
    var caption: String
    var header: String
    var countHeader: String
    var rows: [(String, Int)]

    func render() -> Node<HTML.BodyContext> {
        let maximum = max(1, rows.map(\.1).max() ?? 1)
        return .scrolling(
            caption,
            .table(
                .class("bars"), .caption(.text(caption)),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(header)),
                        .th(.attribute(named: "scope", value: "col"), .text(countHeader)))),
                .tbody(
                    .forEach(rows) { label, count in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(label)),
                            .td(
                                .class("number bar"), .raw(BarChart.bar(fraction: Double(count) / Double(maximum))),
                                .text(Formatting.integer(count))))
                    })))
    }
}
