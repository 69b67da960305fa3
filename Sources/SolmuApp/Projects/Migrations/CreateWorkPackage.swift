import Fluent

struct CreateWorkPackage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WorkPackage.schema)
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("title_fi", .string, .required)
            .field("title_sv", .string)
            .field("title_en", .string)
            .field("description_fi", .string)
            .field("description_sv", .string)
            .field("description_en", .string)
            .field("responsible_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .unique(on: "project_id", "number", name: "work_packages_number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WorkPackage.schema).delete()
    }
}
