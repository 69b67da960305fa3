import Fluent
import SQLKit

struct CreateProjectImplementer: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProjectImplementer.schema)
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references(Project.schema, "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references(Organization.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("contact_person_id", .int, .references(Person.schema, "id", onDelete: .setNull))
            .field("budget_cents", .int64)
            .unique(on: "project_id", "organization_id", name: "project_implementers_once")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "project_implementers_organization_idx").on(ProjectImplementer.schema).column("organization_id").run()
        try await sql.create(index: "project_implementers_contact_idx").on(ProjectImplementer.schema).column("contact_person_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProjectImplementer.schema).delete()
    }
}
