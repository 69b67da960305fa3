import Fluent

extension EcosystemsPage {
    /// The page's loader: every ecosystem with its places named in `language`, as plain rows; `viewer` decides whether
    /// the page offers to start one.
    static func load(viewer: User?, language: Language, on database: any Database) async throws -> EcosystemsPage {
        let rows = try await EcosystemLoader.all(on: database).map { ecosystem in
            Row(
                id: ecosystem.id ?? 0, name: ecosystem.name,
                places: ecosystem.municipalities.map { $0.name(language) }.sorted().joined(separator: ", "))
        }
        return EcosystemsPage(ecosystems: rows, canCreate: viewer?.mayStartForOrganization ?? false)
    }
}
