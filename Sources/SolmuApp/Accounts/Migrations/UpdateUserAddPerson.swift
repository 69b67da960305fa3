import Fluent

/// A user can be a person in the atlas: named as a project implementer's contact, they manage that project.
struct UpdateUserAddPerson: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .field("person_id", .int, .references(Person.schema, "id", onDelete: .setNull))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("person_id").update()
    }
}
