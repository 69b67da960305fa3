import Fluent

/// Loads the 19 regions and 308 municipalities (Statistics Finland 2025, with NLS centre points and
/// 2022 population) shipped in `Resources/Data`. Reference data, not demo data: every database has it.
struct SeedRegionsAndMunicipalities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let data = try ReferenceData.load()
        try await database.writeTransaction { db in
            try await data.regions.create(on: db)
            try await data.municipalities.create(on: db)
        }
    }

    func revert(on database: any Database) async throws {
        try await Municipality.query(on: database).delete()
        try await Region.query(on: database).delete()
    }
}
