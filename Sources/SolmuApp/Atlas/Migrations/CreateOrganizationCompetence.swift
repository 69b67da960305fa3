import Fluent
import SQLKit

struct CreateOrganizationCompetence: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganizationCompetence.schema)
            .id()
            .field("organization_id", .int, .required, .references(Organization.schema, "id", onDelete: .cascade))
            .field("competence_id", .string, .required, .references(Competence.schema, "id", onDelete: .cascade))
            .unique(on: "organization_id", "competence_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "organization_competences_competence_idx")
            .on(OrganizationCompetence.schema).column("competence_id").column("organization_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganizationCompetence.schema).delete()
    }
}
