import Fluent

/// The three link tables of an ecosystem: municipalities, explicitly linked actors, wanted competences.
struct CreateEcosystemLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EcosystemMunicipality.schema)
            .id()
            .field("ecosystem_id", .int, .required, .references(Ecosystem.schema, "id", onDelete: .cascade))
            .field("municipality_code", .string, .required, .references(Municipality.schema, "code"))
            .unique(on: "ecosystem_id", "municipality_code")
            .create()
        try await database.schema(EcosystemActor.schema)
            .id()
            .field("ecosystem_id", .int, .required, .references(Ecosystem.schema, "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references(Organization.schema, "id", onDelete: .cascade))
            .unique(on: "ecosystem_id", "organization_id")
            .create()
        try await database.schema(EcosystemWantedCompetence.schema)
            .id()
            .field("ecosystem_id", .int, .required, .references(Ecosystem.schema, "id", onDelete: .cascade))
            .field("competence_id", .string, .required, .references(Competence.schema, "id", onDelete: .cascade))
            .unique(on: "ecosystem_id", "competence_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EcosystemWantedCompetence.schema).delete()
        try await database.schema(EcosystemActor.schema).delete()
        try await database.schema(EcosystemMunicipality.schema).delete()
    }
}
