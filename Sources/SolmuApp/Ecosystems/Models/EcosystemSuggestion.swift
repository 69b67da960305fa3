import Fluent
import Foundation

/// What a coordinator has done about a suggested partner: contacted it, is in discussion, or it joined.
final class EcosystemSuggestion: Model, @unchecked Sendable {
    static let schema = "ecosystem_suggestions"

    enum Status: String, Codable, CaseIterable, Sendable {
        case contacted, inDiscussion, joined
        var labelKey: String { "suggestionStatus.\(rawValue)" }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "ecosystem_id") var ecosystem: Ecosystem
    @Parent(key: "organization_id") var organization: Organization
    @Field(key: "competence_id") var competenceID: String
    @Field(key: "status") var status: Status
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
