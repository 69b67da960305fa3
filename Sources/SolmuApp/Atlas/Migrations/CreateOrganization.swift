import Fluent
import SQLKit

struct CreateOrganization: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Organization.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("name", .string, .required)
            .field("type", .string, .required)
            .field("business_id", .string)
            .field("website", .string)
            .field("description_fi", .string)
            .field("description_sv", .string)
            .field("description_en", .string)
            .field("founded_year", .int)
            .field("sort_name", .string, .required)
            .field("search_text", .string, .required)
            .field("municipality_code", .string, .references(Municipality.schema, "code"))
            .unique(on: "business_id", name: "organizations_business_id_key")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "organizations_type_idx").on(Organization.schema).column("type").run()
        // Place and type together: filter counts are answered from the index alone.
        try await sql.create(index: "organizations_place_type_idx").on(Organization.schema).column("municipality_code").column("type").run()
        try await sql.create(index: "organizations_updated_idx").on(Organization.schema).column("updated_at").run()
        try await sql.create(index: "organizations_sort_idx").on(Organization.schema).column("sort_name").column("id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Organization.schema).delete()
    }
}
