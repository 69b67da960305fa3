import Fluent

/// A user can act for an organisation: its coordinators keep the networks it coordinates.
struct UpdateUserAddOrganization: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .field("organization_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("organization_id").update()
    }
}
