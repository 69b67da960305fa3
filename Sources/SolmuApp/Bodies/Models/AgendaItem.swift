import Fluent

/// An item on a meeting's agenda: its title, the presenting official, the call, application or project it concerns, and the decision.
final class AgendaItem: Model, @unchecked Sendable {
    static let schema = "agenda_items"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    /// A seat of the same body.
    @OptionalParent(key: "presenter_id") var presenter: BodyMember?
    @OptionalParent(key: "project_id") var project: Project?
    @OptionalParent(key: "call_id") var call: Call?
    /// The application proposed or decided under this item.
    @OptionalParent(key: "application_id") var application: FundingApplication?
    @OptionalField(key: "decision") var decision: String?
    @Field(key: "decision_public") var decisionPublic: Bool

    init() { decisionPublic = true }
}
