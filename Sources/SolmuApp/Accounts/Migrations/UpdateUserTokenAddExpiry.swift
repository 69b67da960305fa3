import Fluent

/// API tokens get an expiry (empty for those made before: they keep working until revoked).
struct UpdateUserTokenAddExpiry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserToken.schema)
            .field("expires_at", .datetime)
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserToken.schema).deleteField("expires_at").update()
    }
}
