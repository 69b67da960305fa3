import Fluent

/// The questionnaire's versions and their content: dimensions, statements with a description of each level, advice.
struct CreateAssessmentInstrument: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AssessmentInstrument.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("key", .string, .required)
            .field("version", .int, .required)
            .field("name_fi", .string, .required)
            .field("name_sv", .string)
            .field("name_en", .string)
            .field("description_fi", .string)
            .field("description_sv", .string)
            .field("description_en", .string)
            .field("published_at", .datetime)
            .unique(on: "key", "version")
            .create()
        try await database.schema(InstrumentDimension.schema)
            .field("id", .int, .identifier(auto: true))
            .field("instrument_id", .int, .required, .references(AssessmentInstrument.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("key", .string, .required)
            .field("name_fi", .string, .required)
            .field("name_sv", .string, .required)
            .field("name_en", .string, .required)
            .field("description_fi", .string)
            .field("description_sv", .string)
            .field("description_en", .string)
            .unique(on: "instrument_id", "key")
            .create()
        try await database.schema(InstrumentStatement.schema)
            .field("id", .int, .identifier(auto: true))
            .field("instrument_id", .int, .required, .references(AssessmentInstrument.schema, "id", onDelete: .cascade))
            .field("dimension_id", .int, .required, .references(InstrumentDimension.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("key", .string, .required)
            .field("text_fi", .string, .required)
            .field("text_sv", .string, .required)
            .field("text_en", .string, .required)
            .unique(on: "instrument_id", "key")
            .create()
        try await database.schema(StatementLevel.schema)
            .field("id", .int, .identifier(auto: true))
            .field("statement_id", .int, .required, .references(InstrumentStatement.schema, "id", onDelete: .cascade))
            .field("level", .int, .required)
            .field("text_fi", .string, .required)
            .field("text_sv", .string, .required)
            .field("text_en", .string, .required)
            .unique(on: "statement_id", "level")
            .create()
        try await database.schema(DimensionAdvice.schema)
            .field("id", .int, .identifier(auto: true))
            .field("dimension_id", .int, .required, .references(InstrumentDimension.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("text_fi", .string, .required)
            .field("text_sv", .string, .required)
            .field("text_en", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            DimensionAdvice.schema, StatementLevel.schema, InstrumentStatement.schema, InstrumentDimension.schema, AssessmentInstrument.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
