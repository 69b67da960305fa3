import Fluent

/// An agenda item may concern a call or an application (a proposal or a funding decision), as well as a project.
struct UpdateAgendaItemAddApplication: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds only one per ALTER TABLE.
        try await database.schema(AgendaItem.schema).field("call_id", .int, .references(Call.schema, "id", onDelete: .setNull)).update()
        try await database.schema(AgendaItem.schema).field("application_id", .int, .references(FundingApplication.schema, "id", onDelete: .setNull))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgendaItem.schema).deleteField("application_id").update()
        try await database.schema(AgendaItem.schema).deleteField("call_id").update()
    }
}
