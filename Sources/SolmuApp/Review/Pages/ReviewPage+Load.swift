import Fluent
import Vapor

extension ReviewPage {
    /// The page from what the handler has already read (and checked the reader may see): the assessment with its scores and
    /// reviewer (`ReviewLoader`), and its application whole (`ApplicationLoader`), mapped to plain values.
    static func make(from assessment: Review, application: FundingApplication, isReviewer: Bool, state: FormState) throws -> ReviewPage {
        let scores = Dictionary(assessment.scores.map { ($0.$criterion.id, Score(score: $0.score, comment: $0.comment)) }) { first, _ in first }
        return ReviewPage(
            id: try assessment.requireID(), assessmentState: assessment.state, reviewerName: assessment.reviewer.name, total: assessment.total,
            scores: scores, applicationTitle: application.title, callTitle: application.call.heading,
            consortium: application.sortedPartners.map { $0.organization.name },
            summary: application.summary, objectives: application.objectives,
            workPackages: application.workPackages.sorted { $0.number < $1.number }
                .map { PlannedWorkPackage(number: $0.number, title: $0.title, description: $0.description) },
            requestedCents: application.requestedCents,
            criteria: try application.call.sortedCriteria.map { criterion in
                Criterion(
                    id: try criterion.requireID(), name: criterion.name, guidance: criterion.guidance, weight: criterion.weight,
                    scaleMin: criterion.scaleMin, scaleMax: criterion.scaleMax)
            },
            isReviewer: isReviewer, state: state)
    }

    /// The scoring form's values as the assessment has them saved: its version, and each criterion's score and comment.
    static func savedState(of assessment: Review) -> FormState {
        var values = ["version": "\(assessment.version)"]
        for score in assessment.scores {
            values["score-\(score.$criterion.id)"] = "\(score.score)"
            values["comment-\(score.$criterion.id)"] = score.comment ?? ""
        }
        return FormState(values: values)
    }
}
