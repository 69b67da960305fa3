import Fluent
import SQLKit

struct CreateIndicatorReport: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorReport.schema)
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("indicator_id", .int, .required, .references(Indicator.schema, "id", onDelete: .cascade))
            .field("period_start", .string, .required)
            .field("period_end", .string, .required)
            .field("value", .int64, .required)
            .field("note", .string)
            .field("reported_by", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("reported_by_name", .string, .required)
            .field("reported_at", .datetime, .required)
            .field("version", .int, .required)
            // The same period reported twice is a conflict, decided by the database when two managers race.
            .unique(on: "project_id", "indicator_id", "period_start", name: "indicator_reports_period")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Counting a project's actuals again reads its reports of one indicator: this index covers them.
        try await sql.create(index: "indicator_reports_rollup_idx").on(IndicatorReport.schema)
            .column("indicator_id").column("project_id").column("period_end").column("period_start").column("value").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorReport.schema).delete()
    }
}
