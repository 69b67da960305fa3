import Fluent

struct CreateAgendaItem: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AgendaItem.schema)
            .field("id", .int, .identifier(auto: true))
            .field("meeting_id", .int, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("presenter_id", .int, .references(BodyMember.schema, "id", onDelete: .setNull))
            .field("project_id", .int, .references(Project.schema, "id", onDelete: .setNull))
            .field("decision", .string)
            .field("decision_public", .bool, .required)
            .unique(on: "meeting_id", "number", name: "agenda_items_number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgendaItem.schema).delete()
    }
}
