import Fluent
import Foundation

/// One line of an application's audit trail: a state change or decision, who made it, when and why.
/// Written once in the same transaction as the change and never updated or deleted (the database refuses both).
final class ApplicationEvent: Model, @unchecked Sendable {
    static let schema = "application_events"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: FundingApplication
    /// The application's version this change produced: unique per application, so two changes made at once cannot both land.
    @Field(key: "sequence") var sequence: Int
    @Field(key: "at") var at: Date
    @Field(key: "action") var action: ApplicationAction
    @OptionalField(key: "from_state") var fromState: ApplicationState?
    @Field(key: "to_state") var toState: ApplicationState
    @OptionalParent(key: "actor_id") var actor: User?
    /// The actor's name as it was then (a removed user's events still say who).
    @Field(key: "actor_name") var actorName: String
    /// What the person gave as the reason or rationale.
    @OptionalField(key: "reason") var reason: String?
    /// What Solmu found (e.g. the eligibility rule that failed): a translation key and its values, shown in the reader's language.
    @OptionalField(key: "finding_key") var findingKey: String?
    @OptionalField(key: "finding_values") var findingValues: String?
    /// The meeting whose decision this is (proposals and funding decisions).
    @OptionalParent(key: "meeting_id") var meeting: Meeting?

    init() {}

    var finding: (key: String, values: [String: String])? {
        guard let findingKey else { return nil }
        let values = findingValues.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) } ?? [:]
        return (findingKey, values)
    }
}
