import Fluent

struct CreateFundingInstrument: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FundingInstrument.schema)
            .field("id", .int, .identifier(auto: true))
            .field("programme_id", .int, .required, .references(Programme.schema, "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("name_fi", .string, .required)
            .field("name_sv", .string)
            .field("name_en", .string)
            .field("administrator_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .field("budget_cents", .int64)
            .unique(on: "programme_id", "code", name: "funding_instruments_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FundingInstrument.schema).delete()
    }
}
