import Fluent
import SQLKit

/// An application's consortium, planned work packages and indicator targets.
struct CreateApplicationParts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ApplicationPartner.schema)
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references(FundingApplication.schema, "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references(Organization.schema, "id"))
            .field("role", .string, .required)
            .field("contact_person_id", .int, .references(Person.schema, "id", onDelete: .setNull))
            .field("budget_cents", .int64)
            .field("requested_cents", .int64)
            .unique(on: "application_id", "organization_id", name: "application_partners_once")
            .create()
        let sql = database.sql
        try await sql.create(index: "application_partners_contact_idx").on(ApplicationPartner.schema).column("contact_person_id").run()
        try await sql.create(index: "application_partners_organization_idx").on(ApplicationPartner.schema).column("organization_id").run()
        try await database.schema(ApplicationWorkPackage.schema)
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references(FundingApplication.schema, "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("description", .string)
            .field("responsible_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .unique(on: "application_id", "number", name: "application_work_packages_number")
            .create()
        try await database.schema(ApplicationTarget.schema)
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references(FundingApplication.schema, "id", onDelete: .cascade))
            .field("indicator_id", .int, .required, .references(Indicator.schema, "id"))
            .field("value", .int64, .required)
            .unique(on: "application_id", "indicator_id", name: "application_targets_once")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ApplicationTarget.schema).delete()
        try await database.schema(ApplicationWorkPackage.schema).delete()
        try await database.schema(ApplicationPartner.schema).delete()
    }
}
