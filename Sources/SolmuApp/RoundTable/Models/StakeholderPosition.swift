import Fluent
import Foundation

/// What a stakeholder organisation thinks of a round-table topic, in its own words.
final class StakeholderPosition: Model, @unchecked Sendable {
    static let schema = "roundtable_positions"

    enum Stance: String, Codable, CaseIterable, Sendable {
        case supports, supportsWithConditions, neutral, opposes

        var labelKey: String { "stance.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "topic_id") var topic: RoundTableTopic
    @Parent(key: "organization_id") var organization: Organization
    @Field(key: "stance") var stance: Stance
    @OptionalField(key: "text") var text: String?
    /// `YYYY-MM-DD`, or as precisely as known.
    @OptionalField(key: "stated_on") var statedOn: String?

    init() {}
}
