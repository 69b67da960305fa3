import Foundation

/// Organisations linked when they work together: when they share a network or a project (applications and
/// events add edges as those features land). Pure: counts connections, finds the bridging actors — cut vertices,
/// whose removal splits a group apart — and lays the graph out for drawing.
struct CollaborationGraph: Sendable {
    struct Node: Sendable, Equatable {
        var id: Int
        var name: String
        /// Part of the subject (a network's members, an ecosystem's actors) rather than a neighbour reached through them.
        var inSubject: Bool
    }

    let nodes: [Node]
    /// Undirected edges as index pairs (low, high) with the number of networks and projects shared.
    let edges: [Edge]

    struct Edge: Sendable, Equatable {
        var a: Int
        var b: Int
        var weight: Int
    }

    /// Builds the graph from groups (a network's members, a project's implementers): every two members of a group are linked.
    init(nodes: [Node], groups: [[Int]]) {
        self.nodes = nodes
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        var weights: [Int: [Int: Int]] = [:]
        for group in groups {
            let members = Array(Set(group.compactMap { index[$0] })).sorted()
            for i in members.indices {
                for j in members.indices where j > i {
                    weights[members[i], default: [:]][members[j], default: 0] += 1
                }
            }
        }
        edges = weights.flatMap { a, others in others.map { Edge(a: a, b: $0.key, weight: $0.value) } }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    var adjacency: [[Int]] {
        var list = Array(repeating: [Int](), count: nodes.count)
        for edge in edges {
            list[edge.a].append(edge.b)
            list[edge.b].append(edge.a)
        }
        return list
    }

    /// How many others each node is linked to.
    var degrees: [Int] { adjacency.map(\.count) }

    /// The most connected nodes, most first (ties by name).
    func mostConnected(_ count: Int) -> [(node: Node, degree: Int)] {
        zip(nodes, degrees).filter { $0.1 > 0 }.sorted { ($0.1, $1.0.name) > ($1.1, $0.0.name) }.prefix(count).map { ($0.0, $0.1) }
    }

    /// Cut vertices (Tarjan): the actors that join otherwise separate groups.
    var bridgingNodes: [Node] {
        let adjacency = self.adjacency
        var discovery = Array(repeating: -1, count: nodes.count)
        var low = Array(repeating: 0, count: nodes.count)
        var isCut = Array(repeating: false, count: nodes.count)
        var time = 0
        // Iterative depth-first search, so that a long chain cannot overflow the stack.
        for root in nodes.indices where discovery[root] == -1 {
            var stack: [(node: Int, parent: Int, next: Int)] = [(root, -1, 0)]
            discovery[root] = time; low[root] = time; time += 1
            var rootChildren = 0
            while var top = stack.popLast() {
                if top.next < adjacency[top.node].count {
                    let neighbour = adjacency[top.node][top.next]
                    top.next += 1
                    stack.append(top)
                    if discovery[neighbour] == -1 {
                        discovery[neighbour] = time; low[neighbour] = time; time += 1
                        if top.node == root { rootChildren += 1 }
                        stack.append((neighbour, top.node, 0))
                    } else if neighbour != top.parent {
                        low[top.node] = min(low[top.node], discovery[neighbour])
                    }
                } else if top.parent != -1 {
                    low[top.parent] = min(low[top.parent], low[top.node])
                    if top.parent != root && low[top.node] >= discovery[top.parent] { isCut[top.parent] = true }
                }
            }
            if rootChildren > 1 { isCut[root] = true }
        }
        return nodes.indices.filter { isCut[$0] }.map { nodes[$0] }.sorted { $0.name < $1.name }
    }

    /// A deterministic force-directed layout (Fruchterman–Reingold) in the unit square.
    func layout(iterations: Int = 200) -> [(x: Double, y: Double)] {
        let n = nodes.count
        guard n > 0 else { return [] }
        // Start on a circle in node order: the same graph always gives the same picture.
        var position = (0..<n).map { i -> (Double, Double) in
            let angle = 2 * Double.pi * Double(i) / Double(n)
            return (0.5 + 0.4 * cos(angle), 0.5 + 0.4 * sin(angle))
        }
        let k = sqrt(1.0 / Double(n))
        var temperature = 0.1
        for _ in 0..<iterations {
            var shift = Array(repeating: (0.0, 0.0), count: n)
            for i in 0..<n {
                for j in (i + 1)..<max(i + 1, n) {
                    let dx = position[i].0 - position[j].0, dy = position[i].1 - position[j].1
                    let distance = max(0.01, sqrt(dx * dx + dy * dy))
                    let force = k * k / distance
                    shift[i].0 += dx / distance * force; shift[i].1 += dy / distance * force
                    shift[j].0 -= dx / distance * force; shift[j].1 -= dy / distance * force
                }
            }
            for edge in edges {
                let dx = position[edge.a].0 - position[edge.b].0, dy = position[edge.a].1 - position[edge.b].1
                let distance = max(0.01, sqrt(dx * dx + dy * dy))
                let force = distance * distance / k
                shift[edge.a].0 -= dx / distance * force; shift[edge.a].1 -= dy / distance * force
                shift[edge.b].0 += dx / distance * force; shift[edge.b].1 += dy / distance * force
            }
            for i in 0..<n {
                let length = max(0.0001, sqrt(shift[i].0 * shift[i].0 + shift[i].1 * shift[i].1))
                position[i].0 = min(0.95, max(0.05, position[i].0 + shift[i].0 / length * min(length, temperature)))
                position[i].1 = min(0.95, max(0.05, position[i].1 + shift[i].1 / length * min(length, temperature)))
            }
            temperature = max(0.002, temperature * 0.97)
        }
        return position.map { (x: $0.0, y: $0.1) }
    }

    /// The order nodes are numbered in, in the picture and in the key beside it: the subject's own first, then by name.
    var numbering: [Int] {
        nodes.indices.sorted { (nodes[$0].inSubject ? 0 : 1, nodes[$0].name) < (nodes[$1].inSubject ? 0 : 1, nodes[$1].name) }
    }

    static let nodeRadius = 11.0

    /// The layout in the drawing's pixels, pushed apart until no two circles come closer than a gap (or the rounds run
    /// out on a graph too dense for the frame): circles — and the numbers in them — never cover each other.
    func placed(size: Double) -> [(x: Double, y: Double)] {
        let margin = Self.nodeRadius + 2, span = size - 2 * margin
        // The layout stretched to fill the frame: a small graph is drawn as large as a big one.
        let layout = layout()
        let (xs, ys) = (layout.map(\.x), layout.map(\.y))
        func fill(_ value: Double, _ all: [Double]) -> Double {
            let (low, high) = (all.min() ?? 0, all.max() ?? 1)
            return high - low < 0.0001 ? 0.5 : (value - low) / (high - low)
        }
        var points = layout.map { (x: margin + fill($0.x, xs) * span, y: margin + fill($0.y, ys) * span) }
        let minimum = 2 * Self.nodeRadius + 4
        for _ in 0..<200 {
            var moved = false
            for i in points.indices {
                for j in points.indices where j > i {
                    var dx = points[j].x - points[i].x, dy = points[j].y - points[i].y
                    var distance = sqrt(dx * dx + dy * dy)
                    guard distance < minimum else { continue }
                    if distance < 0.01 { (dx, dy, distance) = (1, 0, 1) }  // the same spot: part them sideways
                    let push = (minimum - distance) / 2 + 0.1
                    points[i].x -= dx / distance * push; points[i].y -= dy / distance * push
                    points[j].x += dx / distance * push; points[j].y += dy / distance * push
                    moved = true
                }
            }
            for i in points.indices {
                points[i] = (min(max(points[i].x, margin), size - margin), min(max(points[i].y, margin), size - margin))
            }
            if !moved { break }
        }
        return points
    }

    /// The graph as SVG: lines for links (thicker when they share more networks), numbered circles for organisations
    /// (filled for the subject's own). The names are in the numbered key beside the picture (`CollaborationSection`),
    /// so no name ever sits on another or on a line, however dense the graph. Drawn 400 px wide, so its 14 px numbers
    /// stay readable on a phone.
    func svg(title: String, size: Double = 400) -> String {
        let points = placed(size: size)
        var number = Array(repeating: 0, count: nodes.count)
        for (position, index) in numbering.enumerated() { number[index] = position + 1 }
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" viewBox=\"0 0 \(Int(size)) \(Int(size))\" role=\"img\" aria-labelledby=\"graph-title\">"
        out += "<title id=\"graph-title\">\(FinlandMap.escape(title))</title>"
        for edge in edges {
            out += String(
                format: "<line class=\"graph__edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\"/>",
                points[edge.a].x, points[edge.a].y, points[edge.b].x, points[edge.b].y, min(4, 0.8 + Double(edge.weight - 1)))
        }
        for index in numbering {
            let (node, point) = (nodes[index], points[index])
            out +=
                "<g class=\"graph__node\(node.inSubject ? " graph__node--subject" : "")\"><title>\(number[index]). \(FinlandMap.escape(node.name))</title>"
            out += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\"/>", point.x, point.y, Self.nodeRadius)
            out += String(format: "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text></g>", point.x, point.y + 5, number[index])
        }
        return out + "</svg>"
    }
}
