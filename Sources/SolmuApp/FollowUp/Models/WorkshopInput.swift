import Fluent
import Foundation

/// Something a workshop or roadshow heard: a need, an idea, a concern. Recorded by the organiser during or after
/// the event, or sent online by a participant while the workshop is open for inputs. No personal data: only the
/// kind of organisation it came from. What became of it is told by the follow-up actions that answer it.
final class WorkshopInput: Model, @unchecked Sendable {
    static let schema = "workshop_inputs"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "event_id") var event: Event
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "text") var text: String
    /// A term of the competence vocabulary; inputs are grouped by it.
    @OptionalParent(key: "theme_id") var theme: Competence?
    /// The kind of organisation the input came from, if told.
    @OptionalField(key: "source_type") var sourceType: OrganizationType?
    /// Sent by a participant online rather than recorded by the organiser.
    @Field(key: "online") var online: Bool
    @OptionalParent(key: "recorded_by") var recordedBy: User?

    @Siblings(through: FollowUpActionInput.self, from: \.$input, to: \.$action) var actions: [FollowUpAction]

    init() { online = false }
}
