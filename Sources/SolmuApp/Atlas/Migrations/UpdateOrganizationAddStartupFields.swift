import Fluent

/// Startups carry their sector and stage (the founding year is already there).
struct UpdateOrganizationAddStartupFields: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        try await database.schema(Organization.schema).field("sector", .string).update()
        try await database.schema(Organization.schema).field("stage", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Organization.schema).deleteField("stage").update()
        try await database.schema(Organization.schema).deleteField("sector").update()
    }
}
