import Fluent
import Testing

@testable import SolmuApp

@Suite("Collaboration graph")
struct CollaborationGraphTests {
    func node(_ id: Int, _ name: String) -> CollaborationGraph.Node { .init(id: id, name: name, inSubject: true) }

    @Test("A known small graph: two triangles joined through one organisation, plus a tail")
    func bridging() {
        // Groups: {A,B,C} and {C,D,E} share C; {E,F} hangs off E. G is alone.
        let graph = CollaborationGraph(
            nodes: [node(1, "A"), node(2, "B"), node(3, "C"), node(4, "D"), node(5, "E"), node(6, "F"), node(7, "G")],
            groups: [[1, 2, 3], [3, 4, 5], [5, 6], [1, 2]])
        #expect(graph.bridgingNodes.map(\.name) == ["C", "E"])
        #expect(graph.degrees == [2, 2, 4, 2, 3, 1, 0])
        #expect(graph.edges.first { $0.a == 0 && $0.b == 1 }?.weight == 2)
        #expect(graph.mostConnected(2).map(\.node.name) == ["C", "E"])
        #expect(!graph.mostConnected(10).contains { $0.node.name == "G" })
    }

    @Test("No bridges in a cycle; a chain's inner nodes all bridge")
    func cycleAndChain() {
        let cycle = CollaborationGraph(nodes: (1...4).map { node($0, "N\($0)") }, groups: [[1, 2], [2, 3], [3, 4], [4, 1]])
        #expect(cycle.bridgingNodes.isEmpty)
        let chain = CollaborationGraph(
            nodes: (1...500).map { node($0, String(format: "N%03d", $0)) },
            groups: (1..<500).map { [$0, $0 + 1] })
        #expect(chain.bridgingNodes.count == 498)
    }

    @Test("The layout is deterministic and inside the frame; the SVG draws every node and link")
    func layout() {
        let graph = CollaborationGraph(nodes: (1...6).map { node($0, "N\($0) & co") }, groups: [[1, 2, 3], [3, 4], [4, 5, 6]])
        let first = graph.layout(), second = graph.layout()
        #expect(first.map(\.x) == second.map(\.x) && first.map(\.y) == second.map(\.y))
        #expect(first.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) })
        let svg = graph.svg(title: "Test")
        #expect(svg.components(separatedBy: "<circle").count - 1 == 6)
        #expect(svg.components(separatedBy: "<line").count - 1 == graph.edges.count)
        #expect(svg.contains("1. N1 &amp; co"))
    }

    @Test("In the demo, SIXNET's graph reaches the startup alliance through Business Tampere")
    func demo() async throws {
        try await withSolmu(demoData: true) { app in
            let sixnet = try #require(try await Network.query(on: app.db).filter(\.$name == "SIXNET").with(\.$members).first())
            let graph = try await CollaborationGraphLoader.around(sixnet.members.map(\.$organization.id), on: app.db)
            #expect(graph.nodes.count == 6)
            #expect(graph.nodes.filter(\.inSubject).map(\.name) == ["Business Tampere"])
            #expect(graph.mostConnected(1).first?.degree == 5)
            // The alliance's members all know each other: nobody alone holds the group together.
            #expect(graph.bridgingNodes.isEmpty)
            let page = try await TestClient(app).get("/fi/networks/\(try sixnet.requireID())")
            #expect(page.body.contains("class=\"graph\""))
            #expect(page.body.contains(Translations.text("graph.noBridging", .fi)))
            #expect(page.body.contains("Pirkanmaan liitto"))
        }
    }
}

@Suite("Collaboration graph drawing")
struct CollaborationGraphDrawingTests {
    @Test("However dense, no two numbered circles overlap, and every number is in the key's order")
    func noOverlaps() {
        let nodes = (1...60).map { CollaborationGraph.Node(id: $0, name: String(format: "Toimija %02d", $0), inSubject: $0 <= 5) }
        let graph = CollaborationGraph(nodes: nodes, groups: [Array(1...20), Array(15...40), Array(35...60), [1, 60]])
        let points = graph.placed(size: 400)
        for i in points.indices {
            for j in points.indices where j > i {
                let distance = ((points[i].x - points[j].x) * (points[i].x - points[j].x) + (points[i].y - points[j].y) * (points[i].y - points[j].y))
                    .squareRoot()
                #expect(distance >= 2 * CollaborationGraph.nodeRadius, "nodes \(i) and \(j) overlap")
            }
        }
        #expect(graph.numbering.prefix(5).allSatisfy { graph.nodes[$0].inSubject })
        #expect(graph.svg(title: "T").contains("<title>1. Toimija 01</title>"))
    }
}
