import Fluent

struct CreateMunicipality: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Municipality.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name_fi", .string, .required)
            .field("name_sv", .string, .required)
            .field("name_en", .string, .required)
            .field("region_code", .string, .required, .references(Region.schema, "code"))
            .field("bilingual", .bool, .required)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("population", .int)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Municipality.schema).delete()
    }
}
