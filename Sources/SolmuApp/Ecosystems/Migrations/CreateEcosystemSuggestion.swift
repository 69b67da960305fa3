import Fluent

struct CreateEcosystemSuggestion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EcosystemSuggestion.schema)
            .id()
            .field("ecosystem_id", .int, .required, .references(Ecosystem.schema, "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references(Organization.schema, "id", onDelete: .cascade))
            .field("competence_id", .string, .required, .references(Competence.schema, "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "ecosystem_id", "organization_id", "competence_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EcosystemSuggestion.schema).delete()
    }
}
