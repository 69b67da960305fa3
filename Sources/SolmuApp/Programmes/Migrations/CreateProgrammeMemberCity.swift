import Fluent

struct CreateProgrammeMemberCity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProgrammeMemberCity.schema)
            .field("id", .int, .identifier(auto: true))
            .field("programme_id", .int, .required, .references(Programme.schema, "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references(Organization.schema, "id", onDelete: .cascade))
            .unique(on: "programme_id", "organization_id", name: "programme_member_cities_once")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProgrammeMemberCity.schema).delete()
    }
}
