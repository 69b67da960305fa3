import Fluent
import SQLKit

struct CreateBodyMember: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BodyMember.schema)
            .field("id", .int, .identifier(auto: true))
            .field("body_id", .int, .required, .references(GoverningBody.schema, "id", onDelete: .cascade))
            .field("person_id", .int, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("organization_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .field("position", .string, .required)
            .field("deputy_of", .int, .references(BodyMember.schema, "id", onDelete: .cascade))
            .field("starts_on", .string)
            .field("ends_on", .string)
            .field("position_order", .int, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "body_members_body_idx").on(BodyMember.schema).column("body_id").column("position_order").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BodyMember.schema).delete()
    }
}
