import Fluent

struct CreateMeeting: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Meeting.schema)
            .field("id", .int, .identifier(auto: true))
            .field("body_id", .int, .required, .references(GoverningBody.schema, "id", onDelete: .cascade))
            .field("starts_at", .datetime, .required)
            .field("place", .string)
            .field("online_url", .string)
            .field("minutes", .string)
            .field("minutes_public", .bool, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Meeting.schema).delete()
    }
}
