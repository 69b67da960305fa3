import Fluent

struct CreateWorkPackageItem: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WorkPackageItem.schema)
            .field("id", .int, .identifier(auto: true))
            .field("work_package_id", .int, .required, .references(WorkPackage.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("due_on", .string)
            .field("status", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WorkPackageItem.schema).delete()
    }
}
