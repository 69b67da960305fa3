import Fluent

struct CreateCall: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Call.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("programme_id", .int, .required, .references(Programme.schema, "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("title_fi", .string, .required)
            .field("title_sv", .string)
            .field("title_en", .string)
            .field("description_fi", .string)
            .field("description_sv", .string)
            .field("description_en", .string)
            .field("opens_at", .datetime, .required)
            .field("closes_at", .datetime, .required)
            .field("budget_cents", .int64)
            .field("published", .bool, .required)
            .field("example", .bool, .required)
            .unique(on: "programme_id", "number", name: "calls_number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Call.schema).delete()
    }
}
