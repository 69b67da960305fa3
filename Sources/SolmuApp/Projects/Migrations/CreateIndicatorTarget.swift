import Fluent

struct CreateIndicatorTarget: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorTarget.schema)
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("indicator_id", .int, .required, .references(Indicator.schema, "id", onDelete: .cascade))
            .field("value", .int64, .required)
            .unique(on: "project_id", "indicator_id", name: "indicator_targets_once")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorTarget.schema).delete()
    }
}
