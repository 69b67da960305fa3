import Fluent

struct CreateCompetence: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Competence.schema)
            .field("id", .string, .identifier(auto: false))
            .field("name_fi", .string, .required)
            .field("name_sv", .string, .required)
            .field("name_en", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Competence.schema).delete()
    }
}
