import Fluent

/// A call's funding instruments and themes.
struct CreateCallLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CallInstrument.schema)
            .field("id", .int, .identifier(auto: true))
            .field("call_id", .int, .required, .references(Call.schema, "id", onDelete: .cascade))
            .field("instrument_id", .int, .required, .references(FundingInstrument.schema, "id", onDelete: .cascade))
            .unique(on: "call_id", "instrument_id", name: "call_instruments_once")
            .create()
        try await database.schema(CallTheme.schema)
            .field("id", .int, .identifier(auto: true))
            .field("call_id", .int, .required, .references(Call.schema, "id", onDelete: .cascade))
            .field("competence_id", .string, .required, .references(Competence.schema, "id", onDelete: .cascade))
            .unique(on: "call_id", "competence_id", name: "call_themes_once")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CallTheme.schema).delete()
        try await database.schema(CallInstrument.schema).delete()
    }
}
