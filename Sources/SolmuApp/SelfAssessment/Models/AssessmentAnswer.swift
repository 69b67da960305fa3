import Fluent
import Foundation

/// The level given to one statement: 0–4, or nil for "don't know" (which leaves the statement out of its
/// dimension's score rather than counting it as zero). An unanswered statement has no row.
final class SelfAssessmentAnswer: Model, @unchecked Sendable {
    static let schema = "sa_answers"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "assessment_id") var assessment: PlatformAssessment
    @Parent(key: "statement_id") var statement: InstrumentStatement
    @OptionalField(key: "level") var level: Int?

    init() {}
}
