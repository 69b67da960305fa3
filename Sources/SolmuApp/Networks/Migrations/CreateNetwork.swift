import Fluent

struct CreateNetwork: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Network.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("purpose_fi", .string)
            .field("purpose_sv", .string)
            .field("purpose_en", .string)
            .field("funding_fi", .string)
            .field("funding_sv", .string)
            .field("funding_en", .string)
            .field("starts_on", .string)
            .field("ends_on", .string)
            .field("website", .string)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Network.schema).delete()
    }
}
