import Fluent
import Vapor

/// Loads governing bodies with their members, people and organisations.
enum BodyLoader {
    static func query(_ database: any Database) -> QueryBuilder<GoverningBody> {
        GoverningBody.query(on: database)
            .with(\.$programme)
            .with(\.$network)
            .with(\.$members) { $0.with(\.$person).with(\.$organization) }
    }

    /// Every body, or those of a programme and/or a network, in the order they were added.
    static func all(programme: Int?, network: Int?, on database: any Database) async throws -> [GoverningBody] {
        var query = query(database)
        if let programme { query = query.filter(\.$programme.$id == programme) }
        if let network { query = query.filter(\.$network.$id == network) }
        return try await query.sort(\.$id).all()
    }

    /// 404 unless the network a new body is to belong to exists.
    static func requireNetwork(_ id: Int, on database: any Database) async throws {
        if try await Network.find(id, on: database) == nil { throw Problem.notFound() }
    }

    /// The body, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> GoverningBody {
        guard let body = try await query(database).filter(\.$id == id).first() else { throw Problem.notFound() }
        return body
    }
}

extension GoverningBody {
    /// The seat named by the path parameter `memberId`, or 404. Needs members loaded.
    func seat(_ req: Request) throws -> BodyMember {
        guard let id = req.parameters.get("memberId").flatMap(Int.init), let found = members.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }

    /// The members who are not deputies, in the body's order, each with their deputies.
    var seats: [(member: BodyMember, deputies: [BodyMember])] {
        let deputies = Dictionary(grouping: members.filter { $0.$deputyOf.id != nil }, by: { $0.$deputyOf.id ?? 0 })
        return members.filter { $0.$deputyOf.id == nil }.sorted { $0.order < $1.order }
            .map { ($0, (deputies[$0.id ?? 0] ?? []).sorted { $0.order < $1.order }) }
    }
}
