import Fluent
import Foundation

/// A policy initiative or question brought to the industry round table: proposed, discussed in its meetings,
/// prepared, closed. Stakeholders state their positions on it; its page sums them up.
final class RoundTableTopic: Model, @unchecked Sendable {
    static let schema = "roundtable_topics"

    enum Status: String, Codable, CaseIterable, Sendable {
        case proposed, underDiscussion, prepared, closed

        var labelKey: String { "topicStatus.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// The network that runs the round table (SIXNET pilots it); its coordinators keep the topics.
    @Parent(key: "network_id") var network: Network
    @Field(key: "title_fi") var titleFi: String
    @OptionalField(key: "title_sv") var titleSv: String?
    @OptionalField(key: "title_en") var titleEn: String?
    /// The policy area, e.g. industrial policy, energy, skills.
    @OptionalField(key: "area_fi") var areaFi: String?
    @OptionalField(key: "area_sv") var areaSv: String?
    @OptionalField(key: "area_en") var areaEn: String?
    @OptionalField(key: "description_fi") var descriptionFi: String?
    @OptionalField(key: "description_sv") var descriptionSv: String?
    @OptionalField(key: "description_en") var descriptionEn: String?
    @Field(key: "status") var status: Status

    @Children(for: \.$topic) var positions: [StakeholderPosition]
    @Siblings(through: TopicMeeting.self, from: \.$topic, to: \.$event) var meetings: [Event]

    init() { status = .proposed }

    var title: LocalizedText {
        get { LocalizedText(fi: titleFi, sv: titleSv, en: titleEn) }
        set { titleFi = newValue.fi ?? ""; titleSv = newValue.sv; titleEn = newValue.en }
    }

    var area: LocalizedText {
        get { LocalizedText(fi: areaFi, sv: areaSv, en: areaEn) }
        set { areaFi = newValue.fi; areaSv = newValue.sv; areaEn = newValue.en }
    }

    var description: LocalizedText {
        get { LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn) }
        set { descriptionFi = newValue.fi; descriptionSv = newValue.sv; descriptionEn = newValue.en }
    }
}
