import Fluent

struct CreateReview: AsyncMigration {
    /// The name it was first recorded under, when reviews were still called assessments: a database that ran it then
    /// must not run it again.
    var name: String { "SolmuApp.CreateAssessment" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Review.schema)
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
        try await database.schema(ReviewScore.schema)
            .field("id", .int, .identifier(auto: true))
            .field("assessment_id", .int, .required, .references(Review.schema, "id", onDelete: .cascade))
            .field("criterion_id", .int, .required, .references(CallCriterion.schema, "id", onDelete: .cascade))
            .field("score", .int, .required)
            .field("comment", .string)
            .unique(on: "assessment_id", "criterion_id", name: "assessment_scores_once")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReviewScore.schema).delete()
        try await database.schema(Review.schema).delete()
    }
}
