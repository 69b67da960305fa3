import Fluent
import Vapor

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

    /// The network, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> Network {
        guard let network = try await find(id, on: database) else { throw Problem.notFound() }
        return network
    }

    static func all(_ database: any Database) async throws -> [Network] {
        try await query(database).sort(\.$name).all()
    }

    /// Loads a membership's organisation (after it was saved, for its answer).
    static func loadOrganization(of member: NetworkMember, on database: any Database) async throws {
        try await member.$organization.load(on: database)
    }
}

extension Network {
    /// The membership named by the path's `memberId`, or 404. Needs `members` loaded.
    func member(_ req: Request) throws -> NetworkMember {
        guard let id = req.parameters.get("memberId").flatMap(Int.init), let member = members.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return member
    }

    /// Members in the order a network page lists them: by role, then by name.
    var sortedMembers: [NetworkMember] {
        let order = Dictionary(uniqueKeysWithValues: NetworkMember.Role.allCases.enumerated().map { ($1, $0) })
        return members.sorted { (order[$0.role] ?? 9, $0.organization.sortName) < (order[$1.role] ?? 9, $1.organization.sortName) }
    }
}
