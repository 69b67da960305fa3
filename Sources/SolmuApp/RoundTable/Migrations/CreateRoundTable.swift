import Fluent

/// The industry round table: topics, stakeholders' positions on them, and the meetings that handled them.
struct CreateRoundTable: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RoundTableTopic.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("network_id", .int, .required, .references(Network.schema, "id", onDelete: .cascade))
            .field("title_fi", .string, .required)
            .field("title_sv", .string)
            .field("title_en", .string)
            .field("area_fi", .string)
            .field("area_sv", .string)
            .field("area_en", .string)
            .field("description_fi", .string)
            .field("description_sv", .string)
            .field("description_en", .string)
            .field("status", .string, .required)
            .create()
        try await database.schema(StakeholderPosition.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("topic_id", .int, .required, .references(RoundTableTopic.schema, "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references(Organization.schema, "id", onDelete: .cascade))
            .field("stance", .string, .required)
            .field("text", .string)
            .field("stated_on", .string)
            .create()
        try await database.schema(TopicMeeting.schema)
            .id()
            .field("topic_id", .int, .required, .references(RoundTableTopic.schema, "id", onDelete: .cascade))
            .field("event_id", .int, .required, .references(Event.schema, "id", onDelete: .cascade))
            .unique(on: "topic_id", "event_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TopicMeeting.schema).delete()
        try await database.schema(StakeholderPosition.schema).delete()
        try await database.schema(RoundTableTopic.schema).delete()
    }
}
