import Foundation
import Vapor

/// An assessment as its reviewer and the office see it. The reviewer's name is shown only to the office.
struct ReviewDTO: Content {
    struct Score: Content {
        var criterionId: Int
        var score: Int
        var comment: String?
    }

    var id: Int
    var applicationId: Int
    var applicationTitle: String
    var callId: Int
    var state: Review.State
    var version: Int
    var reviewerName: String?
    var declaredAt: Date?
    var conflictReason: String?
    var submittedAt: Date?
    /// Weighted total, e.g. `3.25`.
    var total: String?
    var scores: [Score]
}

/// A row of a call's consolidated ranking.
struct RankingRowDTO: Content {
    var rank: Int
    var applicationId: Int
    var title: String
    var state: ApplicationState
    var reviews: Int
    var mean: String
    var lowest: String
    var highest: String
    var spread: String
}

extension Review {
    /// Needs application (with call) and scores loaded; the reviewer too when `withReviewer`.
    func toDTO(withReviewer: Bool) throws -> ReviewDTO {
        ReviewDTO(
            id: try requireID(), applicationId: $application.id, applicationTitle: application.title, callId: application.$call.id, state: state,
            version: version, reviewerName: withReviewer ? reviewer.name : nil, declaredAt: declaredAt,
            conflictReason: withReviewer ? conflictReason : nil, submittedAt: submittedAt, total: total.map(FixedPoint.quantity.plain),
            scores: scores.sorted { $0.$criterion.id < $1.$criterion.id }.map {
                .init(criterionId: $0.$criterion.id, score: $0.score, comment: $0.comment)
            })
    }
}

extension Ranking {
    var dto: [RankingRowDTO] {
        rows.enumerated().map { index, row in
            RankingRowDTO(
                rank: index + 1, applicationId: row.applicationID, title: row.title, state: row.state, reviews: row.reviews,
                mean: FixedPoint.quantity.plain(row.mean), lowest: FixedPoint.quantity.plain(row.lowest),
                highest: FixedPoint.quantity.plain(row.highest), spread: FixedPoint.quantity.plain(row.spread))
        }
    }

    static let csvHeader = ["rank", "application_id", "title", "state", "reviews", "mean", "lowest", "highest", "spread"]

    var csvRows: [[String?]] {
        dto.map { ["\($0.rank)", "\($0.applicationId)", $0.title, $0.state.rawValue, "\($0.reviews)", $0.mean, $0.lowest, $0.highest, $0.spread] }
    }
}
