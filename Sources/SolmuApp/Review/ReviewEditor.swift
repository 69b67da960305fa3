import Fluent
import Foundation

/// The assessment's steps: the office assigns a reviewer (never one from the consortium), the reviewer declares
/// a conflict of interest or none, scores each criterion within its scale, and submits. A reviewer's two saves at
/// once (two tabs): one lands, the other gets 409; two reviewers never touch each other's rows.
struct ReviewEditor {
    let database: any Database
    var now = Date()

    /// Needs the application loaded whole.
    func assign(_ input: AssignmentInput, to application: FundingApplication) async throws -> Review {
        guard [.submitted, .eligible].contains(application.state) else {
            throw Problem.conflict(detailKey: "assessment.notAssessable", detailValues: ["state": application.state.rawValue])
        }
        guard let raw = input.reviewerId.nonEmpty, let reviewerID = UUID(uuidString: raw),
            let reviewer = try await User.find(reviewerID, on: database)
        else {
            throw Problem.validation(["reviewerId": input.reviewerId.nonEmpty == nil ? "field.required" : "assessment.reviewer.unknown"])
        }
        if Self.hasConflict(reviewer, application) { throw Problem.validation(["reviewerId": "assessment.reviewer.conflict"]) }
        let assessment = Review()
        assessment.$application.id = try application.requireID()
        assessment.$reviewer.id = reviewerID
        do {
            try await assessment.create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Problem.validation(["reviewerId": "assessment.reviewer.already"])
        }
        return assessment
    }

    /// Someone who acts for a consortium organisation, or is one of its contact persons, cannot review it.
    static func hasConflict(_ reviewer: User, _ application: FundingApplication) -> Bool {
        if ApplicationAccess.isConsortium(reviewer, application) { return true }
        guard let organization = reviewer.$organization.id else { return false }
        return application.partners.contains { $0.$organization.id == organization }
    }

    func declare(_ input: DeclarationInput, on assessment: Review) async throws {
        guard assessment.state == .assigned else {
            throw Problem.conflict(detailKey: "assessment.alreadyDeclared")
        }
        guard let conflict = input.conflict else { throw Problem.validation(["conflict": "field.required"]) }
        if conflict, input.reason.nonEmpty == nil { throw Problem.validation(["reason": "assessment.conflict.reasonRequired"]) }
        let id = try assessment.requireID()
        let version = assessment.version
        try await database.writeTransaction { db in
            guard try await OptimisticLock.advance(Review.schema, id: id, from: version, on: db) else { throw OptimisticLock.conflict() }
            try await Review.query(on: db).filter(\.$id == id)
                .set(\.$state, to: conflict ? .conflict : .inProgress).set(\.$declaredAt, to: now).set(
                    \.$conflictReason, to: conflict ? input.reason.nonEmpty : nil
                )
                .update()
        }
    }

    /// Saves the scores from the version the reviewer read; with `submit`, also submits (all criteria scored).
    /// Needs the application's call with criteria loaded.
    func saveScores(_ input: ScoresInput, on assessment: Review, application: FundingApplication) async throws {
        guard assessment.state == .inProgress else {
            throw Problem.conflict(detailKey: assessment.state == .submitted ? "assessment.alreadySubmitted" : "assessment.declareFirst")
        }
        guard application.state == .eligible || application.state == .submitted else {
            throw Problem.conflict(detailKey: "assessment.notAssessable", detailValues: ["state": application.state.rawValue])
        }
        var errors: [String: String] = [:]
        guard let version = input.version else { throw Problem.validation(["version": "field.required"]) }
        let criteria = Dictionary(uniqueKeysWithValues: application.call.criteria.compactMap { c in c.id.map { ($0, c) } })
        var scores: [Int: (Int, String?)] = [:]
        for raw in input.scores {
            guard let criterionID = raw.criterionId, let criterion = criteria[criterionID] else {
                errors["scores"] = "assessment.criterion.unknown"; continue
            }
            guard let score = raw.score else { continue }
            if !(criterion.scaleMin...criterion.scaleMax).contains(score) { errors["score-\(criterionID)"] = "assessment.score.outOfScale"; continue }
            scores[criterionID] = (score, raw.comment.nonEmpty)
        }
        let total = WeightedScore.total(criteria: Array(criteria.values), scores: scores.mapValues(\.0))
        if input.submit == true, total == nil {
            for id in criteria.keys where scores[id] == nil { errors["score-\(id)"] = "assessment.score.missing" }
        }
        guard errors.isEmpty else { throw Problem.validation(errors) }
        let id = try assessment.requireID()
        let submit = input.submit == true
        let newScores = scores.sorted { $0.key < $1.key }.map { (criterion: $0.key, score: $0.value.0, comment: $0.value.1) }
        try await database.writeTransaction { db in
            guard try await OptimisticLock.advance(Review.schema, id: id, from: version, on: db) else { throw OptimisticLock.conflict() }
            try await db.replaceLinks(
                ReviewScore.query(on: db).filter(\.$assessment.$id == id),
                with: newScores.map { ReviewScore(assessment: id, criterion: $0.criterion, score: $0.score, comment: $0.comment) })
            if submit {
                try await Review.query(on: db).filter(\.$id == id).set(\.$state, to: .submitted).set(\.$submittedAt, to: now).set(\.$total, to: total)
                    .update()
            }
        }
    }

    /// The office withdraws an assignment not yet submitted (a reviewer who cannot do it, or declared a conflict).
    func unassign(_ assessment: Review) async throws {
        guard assessment.state != .submitted else {
            throw Problem.conflict(detailKey: "assessment.alreadySubmitted")
        }
        try await assessment.delete(on: database)
    }
}
