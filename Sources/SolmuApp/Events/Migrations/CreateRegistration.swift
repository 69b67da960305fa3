import Fluent
import SQLKit

struct CreateRegistration: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Registration.schema)
            .field("id", .int, .identifier(auto: true))
            .field("event_id", .int, .required, .references(Event.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("name", .string, .required)
            .field("organization", .string)
            .field("email", .string, .required)
            .field("list_consent", .bool, .required)
            .field("contact_consent", .bool, .required)
            .field("status", .string, .required)
            .field("position", .int, .required)
            .field("token_hash", .string, .required)
            .field("promoted_at", .datetime)
            .field("cancelled_at", .datetime)
            .field("attended", .bool, .required)
            .field("language", .string, .required)
            .field("user_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .unique(on: "token_hash", name: "event_registrations_token")
            .unique(on: "event_id", "position", name: "event_registrations_position")
            .create()
        let sql = database.sql
        // One live place per address and event, whatever the race: the registration desk checks first, this makes sure.
        try await sql.raw(
            """
            CREATE UNIQUE INDEX event_registrations_live_email ON event_registrations (event_id, email) WHERE status <> 'cancelled'
            """
        ).run()
        try await sql.raw("CREATE INDEX event_registrations_status ON event_registrations (event_id, status, position)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Registration.schema).delete()
    }
}
