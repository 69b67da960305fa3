import Fluent

struct CreateAssessment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Assessment.schema)
            .field("id", .int, .identifier(auto: true))
            .field("created_at", .datetime)
            .field("application_id", .int, .required, .references(FundingApplication.schema, "id", onDelete: .cascade))
            .field("reviewer_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("state", .string, .required)
            .field("version", .int, .required)
            .field("declared_at", .datetime)
            .field("conflict_reason", .string)
            .field("submitted_at", .datetime)
            .field("total", .int64)
            .unique(on: "application_id", "reviewer_id", name: "assessments_once")
            .create()
        try await database.schema(AssessmentScore.schema)
            .field("id", .int, .identifier(auto: true))
            .field("assessment_id", .int, .required, .references(Assessment.schema, "id", onDelete: .cascade))
            .field("criterion_id", .int, .required, .references(CallCriterion.schema, "id", onDelete: .cascade))
            .field("score", .int, .required)
            .field("comment", .string)
            .unique(on: "assessment_id", "criterion_id", name: "assessment_scores_once")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AssessmentScore.schema).delete()
        try await database.schema(Assessment.schema).delete()
    }
}
