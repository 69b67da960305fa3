import Fluent

/// Inputs collected at events, the network's follow-up actions, and which inputs each action answers.
struct CreateFollowUp: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WorkshopInput.schema)
            .field("id", .int, .identifier(auto: true))
            .field("event_id", .int, .required, .references(Event.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("text", .string, .required)
            .field("theme_id", .string, .references(Competence.schema, "id", onDelete: .setNull))
            .field("source_type", .string)
            .field("online", .bool, .required)
            .field("recorded_by", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .create()
        try await database.schema(FollowUpAction.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("network_id", .int, .required, .references(Network.schema, "id", onDelete: .cascade))
            .field("title_fi", .string, .required)
            .field("title_sv", .string)
            .field("title_en", .string)
            .field("description", .string)
            .field("owner_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .field("status", .string, .required)
            .field("due_on", .string)
            .create()
        try await database.schema(FollowUpActionInput.schema)
            .id()
            .field("action_id", .int, .required, .references(FollowUpAction.schema, "id", onDelete: .cascade))
            .field("input_id", .int, .required, .references(WorkshopInput.schema, "id", onDelete: .cascade))
            .unique(on: "action_id", "input_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FollowUpActionInput.schema).delete()
        try await database.schema(FollowUpAction.schema).delete()
        try await database.schema(WorkshopInput.schema).delete()
    }
}
