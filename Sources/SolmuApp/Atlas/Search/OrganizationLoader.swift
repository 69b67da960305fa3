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

    static func find(_ id: Int, on database: any Database) async throws -> Organization {
        guard let organization = try await load([id], on: database).first else { throw Problem.notFound() }
        return organization
    }
}
