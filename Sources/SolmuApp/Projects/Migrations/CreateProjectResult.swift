import Fluent

struct CreateProjectResult: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProjectResult.schema)
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("description", .string)
            .field("url", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProjectResult.schema).delete()
    }
}
