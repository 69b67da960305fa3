import Fluent
import Foundation

/// One reviewer's assessment of one application. The office assigns it; the reviewer first declares whether they
/// have a conflict of interest (and sees the application only after declaring none), then scores every criterion.
final class Review: Model, @unchecked Sendable {
    static let schema = "assessments"

    enum State: String, Codable, CaseIterable, Sendable {
        /// Assigned, no declaration yet: the reviewer sees only the application's title and consortium.
        case assigned
        /// The reviewer declared a conflict of interest; the office assigns someone else.
        case conflict
        /// No conflict declared: scoring under way.
        case inProgress
        case submitted

        var labelKey: String { "assessmentState.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "application_id") var application: FundingApplication
    @Parent(key: "reviewer_id") var reviewer: User
    @Field(key: "state") var state: State
    /// Bumped by every save: two saves of the same assessment at once cannot both land.
    @Field(key: "version") var version: Int
    @OptionalField(key: "declared_at") var declaredAt: Date?
    @OptionalField(key: "conflict_reason") var conflictReason: String?
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    /// The weighted total in thousandths of a scale point, kept when submitted (for the ranking's grouped query).
    @OptionalField(key: "total") var total: Int64?

    @Children(for: \.$assessment) var scores: [ReviewScore]

    init() { state = .assigned; version = 1 }
}
