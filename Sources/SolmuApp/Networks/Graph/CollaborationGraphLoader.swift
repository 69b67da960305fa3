import Fluent

/// Builds the collaboration graph around a set of organisations from the database: the organisations themselves,
/// the others they share a network or a project with, and the links between all of them.
enum CollaborationGraphLoader {
    static let maximumNodes = 120

    /// A group of organisations that work together: a network's members or a project's implementers.
    private struct Group {
        var members: [(id: Int, name: String)]
    }

    static func around(_ subject: [Int], on database: any Database) async throws -> CollaborationGraph {
        let subjectSet = Set(subject)
        let groups = try await networkGroups(subject, on: database) + projectGroups(subject, on: database)
        // The subject's own organisations first, then neighbours; at most `maximumNodes`, so the picture stays readable.
        var names: [Int: String] = [:]
        for group in groups { for member in group.members { names[member.id] = member.name } }
        let ordered = names.keys.sorted { (subjectSet.contains($0) ? 0 : 1, names[$0]!, $0) < (subjectSet.contains($1) ? 0 : 1, names[$1]!, $1) }
        let kept = Set(ordered.prefix(maximumNodes))
        let nodes = ordered.prefix(maximumNodes).map { CollaborationGraph.Node(id: $0, name: names[$0]!, inSubject: subjectSet.contains($0)) }
        return CollaborationGraph(nodes: nodes, groups: groups.map { $0.members.map(\.id).filter(kept.contains) })
    }

    private static func slices(_ ids: [Int]) -> [[Int]] {
        stride(from: 0, to: ids.count, by: 500).map { Array(ids[$0..<min($0 + 500, ids.count)]) }
    }

    private static func networkGroups(_ subject: [Int], on database: any Database) async throws -> [Group] {
        var memberships: [NetworkMember] = []
        for slice in slices(subject) { memberships += try await NetworkMember.query(on: database).filter(\.$organization.$id ~~ slice).all() }
        let networkIDs = Array(Set(memberships.map(\.$network.id)))
        let all =
            networkIDs.isEmpty ? [] : try await NetworkMember.query(on: database).filter(\.$network.$id ~~ networkIDs).with(\.$organization).all()
        return Dictionary(grouping: all, by: \.$network.id).values.map { Group(members: $0.map { ($0.$organization.id, $0.organization.name) }) }
    }

    private static func projectGroups(_ subject: [Int], on database: any Database) async throws -> [Group] {
        var implementations: [ProjectImplementer] = []
        for slice in slices(subject) {
            implementations += try await ProjectImplementer.query(on: database).filter(\.$organization.$id ~~ slice).all()
        }
        let projectIDs = Array(Set(implementations.map(\.$project.id)))
        var all: [ProjectImplementer] = []
        for slice in slices(projectIDs) {
            all += try await ProjectImplementer.query(on: database).filter(\.$project.$id ~~ slice).with(\.$organization).all()
        }
        return Dictionary(grouping: all, by: \.$project.id).values.map { Group(members: $0.map { ($0.$organization.id, $0.organization.name) }) }
    }
}
