import Fluent

/// Loads organisations by id with what every view of them needs (place and competences), keeping the ids' order.
enum OrganizationLoader {
    static func load(_ ids: [Int], on database: any Database) async throws -> [Organization] {
        guard !ids.isEmpty else { return [] }
        let found = try await Organization.query(on: database)
            .filter(\.$id ~~ ids)
            .with(\.$municipality) { $0.with(\.$region) }
            .with(\.$competences)
            .all()
        let byID = Dictionary(uniqueKeysWithValues: found.compactMap { o in o.id.map { ($0, o) } })
        return ids.compactMap { byID[$0] }
    }

    /// The organisation as it is stored (no place, no competences), or 404.
    static func require(_ id: Int, on database: any Database) async throws -> Organization {
        guard let organization = try await Organization.find(id, on: database) else { throw Problem.notFound() }
        return organization
    }

    /// The organisations most recently added or changed, with their place and competences.
    static func recent(_ count: Int, on database: any Database) async throws -> [Organization] {
        try await Organization.query(on: database).sort(\.$updatedAt, .descending).sort(\.$id, .descending).limit(count)
            .with(\.$municipality).with(\.$competences).all()
    }

    static func find(_ id: Int, on database: any Database) async throws -> Organization {
        guard let organization = try await load([id], on: database).first else { throw Problem.notFound() }
        return organization
    }
}
