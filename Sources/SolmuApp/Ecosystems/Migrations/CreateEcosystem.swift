import Fluent

struct CreateEcosystem: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Ecosystem.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("name", .string, .required)
            .field("strengths_fi", .string)
            .field("strengths_sv", .string)
            .field("strengths_en", .string)
            .field("vision_fi", .string)
            .field("vision_sv", .string)
            .field("vision_en", .string)
            .field("contact_person_id", .int, .references(Person.schema, "id", onDelete: .setNull))
            .field("coordinator_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Ecosystem.schema).delete()
    }
}
