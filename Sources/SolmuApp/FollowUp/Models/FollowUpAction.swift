import Fluent
import Foundation

/// What a network does with what it heard: an action with an owner organisation, a status and a due date,
/// linked to the inputs it answers. The network page adds them up ("N inputs from M events, K answered").
final class FollowUpAction: Model, @unchecked Sendable {
    static let schema = "follow_up_actions"

    enum Status: String, Codable, CaseIterable, Sendable {
        case planned, inProgress, done, dropped

        var labelKey: String { "actionStatus.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "network_id") var network: Network
    @Field(key: "title_fi") var titleFi: String
    @OptionalField(key: "title_sv") var titleSv: String?
    @OptionalField(key: "title_en") var titleEn: String?
    @OptionalField(key: "description") var description: String?
    @OptionalParent(key: "owner_id") var owner: Organization?
    @Field(key: "status") var status: Status
    /// `YYYY-MM-DD`.
    @OptionalField(key: "due_on") var dueOn: String?

    @Siblings(through: FollowUpActionInput.self, from: \.$action, to: \.$input) var inputs: [WorkshopInput]

    init() { status = .planned }

    var title: LocalizedText {
        get { LocalizedText(fi: titleFi, sv: titleSv, en: titleEn) }
        set { titleFi = newValue.fi ?? ""; titleSv = newValue.sv; titleEn = newValue.en }
    }
}
