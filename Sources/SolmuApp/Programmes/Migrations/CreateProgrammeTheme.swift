import Fluent

struct CreateProgrammeTheme: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProgrammeTheme.schema)
            .field("id", .int, .identifier(auto: true))
            .field("programme_id", .int, .required, .references(Programme.schema, "id", onDelete: .cascade))
            .field("competence_id", .string, .required, .references(Competence.schema, "id", onDelete: .cascade))
            .unique(on: "programme_id", "competence_id", name: "programme_themes_once")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProgrammeTheme.schema).delete()
    }
}
