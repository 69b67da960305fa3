import Fluent

/// Sessions of signed-in users only, with an expiry; replaces Vapor's generic session table, which every visitor and
/// every API call could add rows to and nothing ever emptied.
struct CreateUserSession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserSession.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema("_fluent_sessions").delete()
    }

    func revert(on database: any Database) async throws {
        try await SessionRecord.migration.prepare(on: database)
        try await database.schema(UserSession.schema).delete()
    }
}
