import Fluent
import SQLKit

struct CreateNetworkMember: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NetworkMember.schema)
            .field("id", .int, .identifier(auto: true))
            .field("network_id", .int, .required, .references(Network.schema, "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references(Organization.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("contact_person_id", .int, .references(Person.schema, "id", onDelete: .setNull))
            .field("starts_on", .string)
            .field("ends_on", .string)
            .unique(on: "network_id", "organization_id", name: "network_members_once")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "network_members_organization_idx").on(NetworkMember.schema).column("organization_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NetworkMember.schema).delete()
    }
}
