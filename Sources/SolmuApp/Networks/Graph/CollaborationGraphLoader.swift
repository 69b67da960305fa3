import Fluent

/// Builds the collaboration graph around a set of organisations from the database: the organisations themselves,
/// the others they share a network with, and the links between all of them.
enum CollaborationGraphLoader {
    static let maximumNodes = 120

    static func around(_ subject: [Int], on database: any Database) async throws -> CollaborationGraph {
        let subjectSet = Set(subject)
        var memberships: [NetworkMember] = []
        for slice in stride(from: 0, to: subject.count, by: 500).map({ Array(subject[$0..<min($0 + 500, subject.count)]) }) {
            memberships += try await NetworkMember.query(on: database).filter(\.$organization.$id ~~ slice).all()
        }
        let networkIDs = Array(Set(memberships.map(\.$network.id)))
        let allMembers = networkIDs.isEmpty ? [] : try await NetworkMember.query(on: database).filter(\.$network.$id ~~ networkIDs)
            .with(\.$organization).all()
        // The subject's own organisations first, then neighbours; at most `maximumNodes`, so the picture stays readable.
        var names: [Int: String] = [:]
        for member in allMembers { names[member.$organization.id] = member.organization.name }
        let ordered = names.keys.sorted { (subjectSet.contains($0) ? 0 : 1, names[$0]!, $0) < (subjectSet.contains($1) ? 0 : 1, names[$1]!, $1) }
        let kept = Set(ordered.prefix(maximumNodes))
        let nodes = ordered.prefix(maximumNodes).map { CollaborationGraph.Node(id: $0, name: names[$0]!, inSubject: subjectSet.contains($0)) }
        let groups = Dictionary(grouping: allMembers.filter { kept.contains($0.$organization.id) }, by: \.$network.id)
            .values.map { $0.map(\.$organization.id) }
        return CollaborationGraph(nodes: nodes, groups: groups)
    }
}
