import Fluent
import Foundation

/// A completed assessment's score in one dimension, written once on completion. Peer comparisons and coordinators'
/// aggregates read these rows (indexed by instrument, dimension and score) instead of recomputing 100 000 results.
final class DimensionScore: Model, @unchecked Sendable {
    static let schema = "sa_dimension_scores"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "assessment_id") var assessment: PlatformAssessment
    @Parent(key: "instrument_id") var instrument: AssessmentInstrument
    @Parent(key: "dimension_id") var dimension: InstrumentDimension
    /// Mirrors the assessment's `current`, so the peer query needs no join.
    @Field(key: "current") var current: Bool
    /// Mean of the known answers in thousandths of a level (0–4000).
    @Field(key: "score") var score: Int
    /// How many of the dimension's statements had a level (not "don't know").
    @Field(key: "known") var known: Int

    init() {}
}
