import Fluent

/// Senders claim a mail before delivering it, so that two of them never send the same one.
struct UpdateOutboxMailAddClaim: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMail.schema).field("claimed_until", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMail.schema).deleteField("claimed_until").update()
    }
}
