import Fluent

struct CreateNetworkLocality: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NetworkLocality.schema)
            .id()
            .field("network_id", .int, .required, .references(Network.schema, "id", onDelete: .cascade))
            .field("municipality_code", .string, .required, .references(Municipality.schema, "code"))
            .unique(on: "network_id", "municipality_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NetworkLocality.schema).delete()
    }
}
