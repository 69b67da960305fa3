import Fluent

/// Ships the first published version of Solmu's self-assessment questionnaire (`Resources/Data/self-assessment-v1.json`):
/// it is part of the product, not demo data, so every installation can be assessed against from the start.
struct SeedAssessmentInstrument: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await InstrumentWriter(database: database).create(InstrumentContent.bundled(), version: 1, publish: true)
    }

    func revert(on database: any Database) async throws {
        try await AssessmentInstrument.query(on: database).filter(\.$key == "solmu-platform").filter(\.$version == 1).delete()
    }
}
