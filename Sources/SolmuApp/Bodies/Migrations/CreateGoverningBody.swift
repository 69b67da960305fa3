import Fluent

struct CreateGoverningBody: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(GoverningBody.schema)
            .field("id", .int, .identifier(auto: true))
            .field("programme_id", .int, .references(Programme.schema, "id", onDelete: .cascade))
            .field("network_id", .int, .references(Network.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("name_fi", .string, .required)
            .field("name_sv", .string)
            .field("name_en", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GoverningBody.schema).delete()
    }
}
