import Fluent
import Foundation

/// One assessment of a platform under one version of the questionnaire: a draft while it is being answered (over
/// as many sittings as it takes, through its private link), then completed with its scores. Its result is private
/// until the owner, with the owner organisation's consent, publishes it.
final class PlatformAssessment: Model, @unchecked Sendable {
    static let schema = "sa_assessments"

    enum Status: String, Codable, CaseIterable, Sendable {
        case draft, completed

        var labelKey: String { "assessmentStatus.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "instrument_id") var instrument: AssessmentInstrument
    @Parent(key: "platform_id") var platform: Platform
    /// SHA-256 of the private link's secret; the secret itself is only in the link.
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "status") var status: Status
    @OptionalField(key: "completed_at") var completedAt: Date?
    /// The platform's latest completed assessment under this version: the one peers and aggregates count, so a
    /// platform assessed three times is one peer, not three.
    @Field(key: "current") var current: Bool
    /// The mean of the scored dimensions, in thousandths of a level (2 500 = 2.5).
    @OptionalField(key: "overall") var overall: Int?
    @Field(key: "published") var published: Bool
    @OptionalField(key: "published_at") var publishedAt: Date?
    /// The language the assessment was started in: its link is mailed and shown in it.
    @Field(key: "language") var language: Language

    @Children(for: \.$assessment) var answers: [SelfAssessmentAnswer]
    @Children(for: \.$assessment) var scores: [DimensionScore]

    init() { status = .draft; current = false; published = false; language = .fi }
}
