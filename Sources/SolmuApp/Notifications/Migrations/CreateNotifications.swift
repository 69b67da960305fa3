import Fluent
import SQLKit

/// The in-app inbox and the e-mail outbox.
struct CreateNotifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InboxMessage.schema)
            .field("id", .int, .identifier(auto: true))
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("message_key", .string, .required)
            .field("message_values", .string, .required)
            .field("application_id", .int, .references(FundingApplication.schema, "id", onDelete: .cascade))
            .field("read_at", .datetime)
            .create()
        let sql = database.sql
        try await sql.create(index: "inbox_messages_user_idx").on(InboxMessage.schema).column("user_id").column("created_at").run()
        try await database.schema(OutboxMail.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime, .required)
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("sent_at", .datetime)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMail.schema).delete()
        try await database.schema(InboxMessage.schema).delete()
    }
}
