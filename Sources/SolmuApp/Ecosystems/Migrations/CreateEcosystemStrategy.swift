import Fluent

/// Goals and development actions of an ecosystem's strategy.
struct CreateEcosystemStrategy: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EcosystemGoal.schema)
            .field("id", .int, .identifier(auto: true))
            .field("ecosystem_id", .int, .required, .references(Ecosystem.schema, "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("target", .string, .required)
            .field("starts_on", .string)
            .field("target_date", .string, .required)
            .field("progress", .int)
            .create()
        try await database.schema(EcosystemAction.schema)
            .field("id", .int, .identifier(auto: true))
            .field("ecosystem_id", .int, .required, .references(Ecosystem.schema, "id", onDelete: .cascade))
            .field("goal_id", .int, .references(EcosystemGoal.schema, "id", onDelete: .setNull))
            .field("title", .string, .required)
            .field("owner_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .field("due_on", .string)
            .field("status", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EcosystemAction.schema).delete()
        try await database.schema(EcosystemGoal.schema).delete()
    }
}
