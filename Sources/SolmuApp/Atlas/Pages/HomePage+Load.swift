import Fluent

extension HomePage {
    /// The page's loader: the atlas's figures and its latest organisations, named in `language`.
    static func load(language: Language, on database: any Database) async throws -> HomePage {
        let recent = try await OrganizationLoader.recent(6, on: database)
        return HomePage(
            organizationCount: try await Organization.query(on: database).count(),
            regionCount: try await Region.query(on: database).count(),
            municipalityCount: try await Municipality.query(on: database).count(),
            recent: recent.map { OrganizationSummary($0, language) })
    }
}
