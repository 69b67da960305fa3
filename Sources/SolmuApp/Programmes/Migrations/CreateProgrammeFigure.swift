import Fluent

struct CreateProgrammeFigure: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProgrammeFigure.schema)
            .field("id", .int, .identifier(auto: true))
            .field("programme_id", .int, .required, .references(Programme.schema, "id", onDelete: .cascade))
            .field("label_fi", .string, .required)
            .field("label_sv", .string)
            .field("label_en", .string)
            .field("value", .int64, .required)
            .field("qualifier", .string, .required)
            .field("indicator_id", .int, .references(Indicator.schema, "id", onDelete: .setNull))
            .field("source", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProgrammeFigure.schema).delete()
    }
}
