import Fluent
import SQLKit

struct CreateProjectTheme: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProjectTheme.schema)
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("competence_id", .string, .required, .references(Competence.schema, "id", onDelete: .cascade))
            .unique(on: "project_id", "competence_id", name: "project_themes_once")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "project_themes_competence_idx").on(ProjectTheme.schema).column("competence_id").column("project_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProjectTheme.schema).delete()
    }
}
