import Fluent
import SQLKit

struct CreateProject: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Project.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("code", .string)
            .field("name_fi", .string, .required)
            .field("name_sv", .string)
            .field("name_en", .string)
            .field("summary_fi", .string)
            .field("summary_sv", .string)
            .field("summary_en", .string)
            .field("programme_id", .int, .references(Programme.schema, "id", onDelete: .setNull))
            .field("instrument_id", .int, .references(FundingInstrument.schema, "id", onDelete: .setNull))
            .field("network_id", .int, .references(Network.schema, "id", onDelete: .setNull))
            .field("status", .string, .required)
            .field("spearhead", .bool, .required)
            .field("starts_on", .string)
            .field("ends_on", .string)
            .field("total_cents", .int64)
            .field("eu_cents", .int64)
            .field("national_cents", .int64)
            .field("own_cents", .int64)
            .field("target_groups", .string, .required)
            .field("website", .string)
            .field("search_text", .string, .required)
            .unique(on: "code", name: "projects_code")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The portfolio lists a programme's projects by status and instrument.
        try await sql.create(index: "projects_programme_idx").on(Project.schema).column("programme_id").column("status").run()
        try await sql.create(index: "projects_instrument_idx").on(Project.schema).column("instrument_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Project.schema).delete()
    }
}
