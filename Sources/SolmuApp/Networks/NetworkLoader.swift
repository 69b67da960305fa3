import Fluent

/// Loads networks with what their pages and API answers show.
enum NetworkLoader {
    static func query(_ database: any Database) -> QueryBuilder<Network> {
        Network.query(on: database)
            .with(\.$themes)
            .with(\.$localities) { $0.with(\.$region) }
            .with(\.$members) { member in
                member.with(\.$organization) { $0.with(\.$municipality) }.with(\.$contactPerson)
            }
    }

    static func find(_ id: Int, on database: any Database) async throws -> Network? {
        try await query(database).filter(\.$id == id).first()
    }

    static func all(_ database: any Database) async throws -> [Network] {
        try await query(database).sort(\.$name).all()
    }
}

extension Network {
    /// Members in the order a network page lists them: by role, then by name.
    var sortedMembers: [NetworkMember] {
        let order = Dictionary(uniqueKeysWithValues: NetworkMember.Role.allCases.enumerated().map { ($1, $0) })
        return members.sorted { (order[$0.role] ?? 9, $0.organization.sortName) < (order[$1.role] ?? 9, $1.organization.sortName) }
    }
}
