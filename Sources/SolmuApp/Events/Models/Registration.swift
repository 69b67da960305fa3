import Fluent
import Foundation

/// A person's place at an event, or their place in its waiting list. Personal data: seen by the event's organisers,
/// and by the public only as name and organisation, and only with `listConsent`.
final class Registration: Model, @unchecked Sendable {
    static let schema = "event_registrations"

    enum Status: String, Codable, CaseIterable, Sendable {
        case confirmed, waiting, cancelled

        var labelKey: String { "registrationStatus.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "event_id") var event: Event
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "name") var name: String
    @OptionalField(key: "organization") var organization: String?
    /// Lower-cased: the same address in other letters is the same person.
    @Field(key: "email") var email: String
    /// To be shown in the public list of participants.
    @Field(key: "list_consent") var listConsent: Bool
    /// To be contacted after the event.
    @Field(key: "contact_consent") var contactConsent: Bool
    @Field(key: "status") var status: Status
    /// The event's registration sequence when this registration came in: the waiting list's order.
    @Field(key: "position") var position: Int
    /// SHA-256 of the private cancellation link's secret; the secret itself is only in the link.
    @Field(key: "token_hash") var tokenHash: String
    @OptionalField(key: "promoted_at") var promotedAt: Date?
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    /// Marked by the organiser at or after the event.
    @Field(key: "attended") var attended: Bool
    /// The language the person registered in: their messages are written in it.
    @Field(key: "language") var language: Language
    /// The user who registered, when signed in.
    @OptionalParent(key: "user_id") var user: User?

    init() { attended = false; listConsent = false; contactConsent = false }
}
