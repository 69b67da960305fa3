import Fluent
import SQLKit

/// Platforms, their assessments and answers, the per-dimension scores that aggregates are read from, and the count of
/// platforms per score that peer comparisons are read from.
struct CreatePlatformAssessment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Platform.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("owner_name", .string)
            .field("organization_id", .int, .references(Organization.schema, "id", onDelete: .setNull))
            .field("municipality_code", .string, .references(Municipality.schema, "code"))
            .field("ecosystem_id", .int, .references(Ecosystem.schema, "id", onDelete: .setNull))
            .field("network_id", .int, .references(Network.schema, "id", onDelete: .setNull))
            .field("user_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .create()
        try await database.schema(PlatformAssessment.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("instrument_id", .int, .required, .references(AssessmentInstrument.schema, "id"))
            .field("platform_id", .int, .required, .references(Platform.schema, "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("status", .string, .required)
            .field("completed_at", .datetime)
            .field("current", .bool, .required)
            .field("overall", .int)
            .field("published", .bool, .required)
            .field("published_at", .datetime)
            .field("language", .string, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema(SelfAssessmentAnswer.schema)
            .field("id", .int, .identifier(auto: true))
            .field("assessment_id", .int, .required, .references(PlatformAssessment.schema, "id", onDelete: .cascade))
            .field("statement_id", .int, .required, .references(InstrumentStatement.schema, "id"))
            .field("level", .int)
            .unique(on: "assessment_id", "statement_id")
            .create()
        try await database.schema(DimensionScore.schema)
            .field("id", .int, .identifier(auto: true))
            .field("assessment_id", .int, .required, .references(PlatformAssessment.schema, "id", onDelete: .cascade))
            .field("instrument_id", .int, .required, .references(AssessmentInstrument.schema, "id"))
            .field("dimension_id", .int, .required, .references(InstrumentDimension.schema, "id"))
            .field("current", .bool, .required)
            .field("score", .int, .required)
            .field("known", .int, .required)
            .unique(on: "assessment_id", "dimension_id")
            .create()
        try await database.schema(ScoreCount.schema)
            .field("id", .int, .identifier(auto: true))
            .field("instrument_id", .int, .required, .references(AssessmentInstrument.schema, "id", onDelete: .cascade))
            .field("dimension_id", .int, .required)
            .field("score", .int, .required)
            .field("platforms", .int, .required)
            .unique(on: "instrument_id", "dimension_id", "score")
            .create()
        let sql = database.sql
        // Peers: every current score of a version, per dimension, in score order: read from the index alone.
        try await sql.raw("CREATE INDEX sa_dimension_scores_peers ON sa_dimension_scores (instrument_id, current, dimension_id, score)").run()
        // A group's platforms' current assessments and their overall scores, from the index alone.
        try await sql.raw("CREATE INDEX sa_assessments_platform ON sa_assessments (platform_id, instrument_id, current, overall)").run()
        // Peers' overall scores and how many peers there are, from the index alone.
        try await sql.raw("CREATE INDEX sa_assessments_peers ON sa_assessments (instrument_id, current, overall)").run()
        // A group's answers per statement, and its dimension scores, read without touching the tables.
        try await sql.raw("CREATE INDEX sa_answers_levels ON sa_answers (assessment_id, statement_id, level)").run()
        try await sql.raw("CREATE INDEX sa_dimension_scores_assessment ON sa_dimension_scores (assessment_id, dimension_id, score)").run()
        try await sql.raw("CREATE INDEX sa_platforms_municipality ON sa_platforms (municipality_code)").run()
        try await sql.raw("CREATE INDEX sa_platforms_ecosystem ON sa_platforms (ecosystem_id)").run()
        try await sql.raw("CREATE INDEX sa_platforms_network ON sa_platforms (network_id)").run()
        try await sql.raw("CREATE INDEX sa_platforms_user ON sa_platforms (user_id)").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [ScoreCount.schema, DimensionScore.schema, SelfAssessmentAnswer.schema, PlatformAssessment.schema, Platform.schema] {
            try await database.schema(schema).delete()
        }
    }
}
