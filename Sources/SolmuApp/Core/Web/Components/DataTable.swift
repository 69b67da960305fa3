import Plot

/// A table of figures as every dashboard shows them: a caption, column headers, the first cell of each row
/// as its row header, numbers right-aligned. Charts always have one of these beside them.
struct DataTable {
    enum Cell {
        case text(String)
        case number(String)
        case link(String, href: String)
        case node(Node<HTML.BodyContext>)
    }

    var caption: String
    var columns: [String]
    /// Columns (by index) that hold numbers.
    var numeric: Set<Int> = []
    var rows: [[Cell]]
    var footer: [Cell]? = nil

    func render() -> Node<HTML.BodyContext> {
        .scrolling(caption, table)
    }

    private var table: Node<HTML.BodyContext> {
        .table(
            .caption(.text(caption)),
            .thead(
                .tr(
                    .forEach(columns.enumerated()) { index, title in
                        .th(.attribute(named: "scope", value: "col"), .class(numeric.contains(index) ? "number" : ""), .text(title))
                    })),
            .tbody(.forEach(rows) { row in .tr(cells(row)) }),
            .unwrap(footer) { .tfoot(.tr(cells($0))) }
        )
    }

    private func cells(_ row: [Cell]) -> Node<HTML.TableRowContext> {
        .forEach(row.enumerated()) { index, cell in
            let content: Node<HTML.BodyContext> =
                switch cell {
                case .text(let text), .number(let text): .text(text)
                case .link(let text, let href): .a(.href(href), .text(text))
                case .node(let node): node
                }
            let className = numeric.contains(index) ? "number" : ""
            return index == 0 ? .th(.attribute(named: "scope", value: "row"), .class(className), content) : .td(.class(className), content)
        }
    }
}

extension Node where Context == HTML.BodyContext {
    /// A table in its own scroll area, so that a wide table scrolls sideways on a phone while the page does not.
    /// The area is focusable (and named by the table's caption) so that a keyboard can scroll it too.
    static func scrolling(_ label: String, _ table: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(
            .class("table-scroll"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: label),
            .attribute(named: "tabindex", value: "0"), table)
    }
}

/// A chart with its table beside it.
enum ChartAndTable {
    static func render(svg: String, table: DataTable) -> Node<HTML.BodyContext> {
        .div(.class("chart-and-table"), .element(named: "figure", nodes: [.raw(svg)]), table.render())
    }

    static func render(chart: Node<HTML.BodyContext>, table: DataTable) -> Node<HTML.BodyContext> {
        .div(.class("chart-and-table"), .div(chart), table.render())
    }
}
