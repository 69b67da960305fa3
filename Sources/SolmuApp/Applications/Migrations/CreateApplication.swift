import Fluent
import SQLKit

struct CreateApplication: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FundingApplication.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // Restrict, not cascade: an application with an audit trail is never deleted with its call.
            .field("call_id", .int, .required, .references(Call.schema, "id"))
            .field("state", .string, .required)
            .field("version", .int, .required)
            .field("title", .string, .required)
            .field("summary", .string)
            .field("objectives", .string)
            .field("submitted_at", .datetime)
            .field("created_by", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("project_id", .int, .references(Project.schema, "id", onDelete: .setNull))
            .field("conditions", .string)
            .create()
        let sql = database.sql
        try await sql.create(index: "applications_call_idx").on(FundingApplication.schema).column("call_id").column("state").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FundingApplication.schema).delete()
    }
}
