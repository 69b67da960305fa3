import Fluent
import SQLKit

/// The audit trail. The database itself refuses to update or delete a line of it (a trigger on each engine),
/// so not even a bug in Solmu or a hand-written query can rewrite history.
struct CreateApplicationEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ApplicationEvent.schema)
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references(FundingApplication.schema, "id"))
            .field("sequence", .int, .required)
            .field("at", .datetime, .required)
            .field("action", .string, .required)
            .field("from_state", .string)
            .field("to_state", .string, .required)
            .field("actor_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("actor_name", .string, .required)
            .field("reason", .string)
            .field("finding_key", .string)
            .field("finding_values", .string)
            .field("meeting_id", .int, .references(Meeting.schema, "id"))
            .unique(on: "application_id", "sequence", name: "application_events_sequence")
            .create()
        let sql = database.sql
        if sql.dialect.name == "sqlite" {
            for operation in ["UPDATE", "DELETE"] {
                try await sql.raw(
                    """
                    CREATE TRIGGER application_events_no_\(unsafeRaw: operation.lowercased()) BEFORE \(unsafeRaw: operation) ON application_events
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
                    """
                ).run()
            }
        } else {
            try await sql.raw(
                """
                CREATE FUNCTION application_events_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$ LANGUAGE plpgsql
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE ON application_events
                FOR EACH ROW EXECUTE FUNCTION application_events_append_only()
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ApplicationEvent.schema).delete()
        let sql = database.sql
        if sql.dialect.name != "sqlite" { try await sql.raw("DROP FUNCTION application_events_append_only()").run() }
    }
}
