import Fluent

struct CreateIndicator: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Indicator.schema)
            .field("id", .int, .identifier(auto: true))
            .field("programme_id", .int, .required, .references(Programme.schema, "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("name_fi", .string, .required)
            .field("name_sv", .string)
            .field("name_en", .string)
            .field("unit", .string, .required)
            .field("aggregation", .string, .required)
            .unique(on: "programme_id", "code", name: "indicators_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Indicator.schema).delete()
    }
}
