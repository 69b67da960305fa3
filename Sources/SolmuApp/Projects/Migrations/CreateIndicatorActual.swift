import Fluent
import SQLKit

struct CreateIndicatorActual: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorActual.schema)
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("indicator_id", .int, .required, .references(Indicator.schema, "id", onDelete: .cascade))
            .field("year", .int, .required)
            .field("value", .int64, .required)
            .unique(on: "project_id", "indicator_id", "year", name: "indicator_actuals_once")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "indicator_actuals_dashboard_idx").on(IndicatorActual.schema)
            .column("indicator_id").column("year").column("project_id").column("value").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorActual.schema).delete()
    }
}
