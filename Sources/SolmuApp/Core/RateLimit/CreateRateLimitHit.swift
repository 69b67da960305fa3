import Fluent
import SQLKit

struct CreateRateLimitHit: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RateLimitHit.schema)
            .id()
            .field("bucket", .string, .required)
            .field("key_hash", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.sql.create(index: "rate_limit_hits_by_key")
            .on(RateLimitHit.schema).column("bucket").column("key_hash").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RateLimitHit.schema).delete()
    }
}
