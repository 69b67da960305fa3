import Fluent

struct CreateProgramme: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Programme.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("name", .string, .required)
            .field("purpose_fi", .string)
            .field("purpose_sv", .string)
            .field("purpose_en", .string)
            .field("starts_on", .string)
            .field("ends_on", .string)
            .field("budget_cents", .int64)
            .field("budget_approximate", .bool, .required)
            .field("website", .string)
            .field("coordinator_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .field("min_member_cities", .int)
            .field("target_groups", .string, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Programme.schema).delete()
    }
}
