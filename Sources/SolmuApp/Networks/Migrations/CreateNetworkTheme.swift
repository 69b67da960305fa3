import Fluent

struct CreateNetworkTheme: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NetworkTheme.schema)
            .id()
            .field("network_id", .int, .required, .references(Network.schema, "id", onDelete: .cascade))
            .field("competence_id", .string, .required, .references(Competence.schema, "id", onDelete: .cascade))
            .unique(on: "network_id", "competence_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NetworkTheme.schema).delete()
    }
}
