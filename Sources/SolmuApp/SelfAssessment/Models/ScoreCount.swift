import Fluent
import Foundation

/// How many platforms (their current assessments) have a score in a dimension under a questionnaire version — or,
/// with `dimension_id` 0, overall. Kept up to date in the transaction that completes an assessment, so that a peer
/// comparison among 100 000 platforms reads a few hundred rows instead of 800 000 scores.
final class ScoreCount: Model, @unchecked Sendable {
    static let schema = "sa_score_counts"
    /// The `dimension_id` of the overall score's counts.
    static let overall = 0

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "instrument_id") var instrument: AssessmentInstrument
    @Field(key: "dimension_id") var dimensionID: Int
    @Field(key: "score") var score: Int
    @Field(key: "platforms") var platforms: Int

    init() {}
}
