import Fluent

/// A reviewer's score on one criterion, with a comment.
final class ReviewScore: Model, @unchecked Sendable {
    static let schema = "assessment_scores"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "assessment_id") var assessment: Review
    @Parent(key: "criterion_id") var criterion: CallCriterion
    @Field(key: "score") var score: Int
    @OptionalField(key: "comment") var comment: String?

    init() {}

    init(assessment: Int, criterion: Int, score: Int, comment: String?) {
        $assessment.id = assessment
        $criterion.id = criterion
        self.score = score
        self.comment = comment
    }
}
