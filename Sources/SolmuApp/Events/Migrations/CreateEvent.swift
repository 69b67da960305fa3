import Fluent

struct CreateEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Event.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("kind", .string, .required)
            .field("network_id", .int, .references(Network.schema, "id", onDelete: .cascade))
            .field("programme_id", .int, .references(Programme.schema, "id", onDelete: .cascade))
            .field("series_id", .int, .references(Event.schema, "id", onDelete: .setNull))
            .field("title_fi", .string, .required)
            .field("title_sv", .string)
            .field("title_en", .string)
            .field("description_fi", .string)
            .field("description_sv", .string)
            .field("description_en", .string)
            .field("starts_at", .datetime)
            .field("ends_at", .datetime)
            .field("starts_on", .string)
            .field("ends_on", .string)
            .field("municipality_code", .string, .references(Municipality.schema, "code"))
            .field("venue", .string)
            .field("online_url", .string)
            .field("capacity", .int)
            .field("registration_opens_at", .datetime)
            .field("registration_closes_at", .datetime)
            .field("published", .bool, .required)
            .field("invitation_token", .string)
            .field("inputs_open", .bool, .required)
            .field("registration_sequence", .int, .required)
            .create()
        try await database.schema(EventTheme.schema)
            .id()
            .field("event_id", .int, .required, .references(Event.schema, "id", onDelete: .cascade))
            .field("competence_id", .string, .required, .references(Competence.schema, "id", onDelete: .cascade))
            .unique(on: "event_id", "competence_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventTheme.schema).delete()
        try await database.schema(Event.schema).delete()
    }
}
