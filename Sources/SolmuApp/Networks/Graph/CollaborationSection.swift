import Plot

/// The collaboration graph as a page section: the picture, and beside it in words the most connected and the
/// bridging actors. Shared by the network and ecosystem pages.
enum CollaborationSection {
    static func render(_ graph: CollaborationGraph, subjectName: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !graph.edges.isEmpty else {
            return .section(.h2(.text(context.t("graph.title"))), .p(.text(context.t("graph.empty"))))
        }
        let connected = graph.mostConnected(5)
        let bridging = graph.bridgingNodes
        return .section(
            .id("collaboration"), .h2(.text(context.t("graph.title"))),
            .p(.text(context.t("graph.lead", ["count": Formatting.integer(graph.nodes.count)]))),
            .div(
                .class("graph-and-list"),
                .element(
                    named: "figure",
                    nodes: [
                        .raw(graph.svg(title: context.t("graph.svgTitle", ["name": subjectName]))),
                        .element(named: "figcaption", text: context.t("graph.caption")),
                    ]),
                .div(
                    .h3(.id("graph-key"), .text(context.t("graph.key"))),
                    .ol(
                        .class("graph__key"), .attribute(named: "aria-labelledby", value: "graph-key"),
                        .forEach(graph.numbering) { index in
                            let node = graph.nodes[index]
                            return .li(
                                .a(.href(context.link(.organization(node.id))), .text(node.name)),
                                .if(node.inSubject, .text(" (" + context.t("graph.ownMember") + ")")))
                        }))),
            .h3(.text(context.t("graph.mostConnected"))),
            .ol(
                .forEach(connected) { item in
                    .li(
                        .a(.href(context.link(.organization(item.node.id))), .text(item.node.name)),
                        .text(" – " + context.t("graph.links", count: item.degree)))
                }),
            .h3(.text(context.t("graph.bridging"))),
            bridging.isEmpty
                ? .p(.text(context.t("graph.noBridging")))
                : .ul(.forEach(bridging) { .li(.a(.href(context.link(.organization($0.id))), .text($0.name))) }))
    }
}
