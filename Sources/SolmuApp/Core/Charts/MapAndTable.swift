import Plot

/// A map with its legend under it and the same places as a table beside it: nothing is only in the picture.
enum MapAndTable {
    static func render(map: String, legend: Node<HTML.BodyContext>, table: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(
            .class("map-and-table"),
            .element(named: "figure", nodes: [.raw(map), .element(named: "figcaption", nodes: [legend])]),
            table)
    }
}
