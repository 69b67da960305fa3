import Fluent
import SQLKit

struct CreatePerson: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Person.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("name", .string, .required)
            .field("title_fi", .string)
            .field("title_sv", .string)
            .field("title_en", .string)
            .field("email", .string)
            .field("phone", .string)
            .field("contact_consent", .bool, .required)
            .field("organization_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "people_organization_idx").on(Person.schema).column("organization_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Person.schema).delete()
    }
}
