import Fluent

struct CreateCallCriterion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CallCriterion.schema)
            .field("id", .int, .identifier(auto: true))
            .field("call_id", .int, .required, .references(Call.schema, "id", onDelete: .cascade))
            .field("order", .int, .required)
            .field("name_fi", .string, .required)
            .field("name_sv", .string)
            .field("name_en", .string)
            .field("guidance_fi", .string)
            .field("guidance_sv", .string)
            .field("guidance_en", .string)
            .field("weight", .int, .required)
            .field("scale_min", .int, .required)
            .field("scale_max", .int, .required)
            .field("responsibility", .bool, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CallCriterion.schema).delete()
    }
}
