import Foundation
import Vapor

/// A registration as its organisers see it: personal data, consents, place or waiting-list position, attendance.
struct RegistrationDTO: Content {
    var id: Int
    var eventId: Int
    var name: String
    var organization: String?
    var email: String
    var listConsent: Bool
    var contactConsent: Bool
    var status: Registration.Status
    /// 1 for the first on the waiting list; nil when not waiting.
    var waitingPosition: Int?
    var registeredAt: Date
    var promotedAt: Date?
    var cancelledAt: Date?
    var attended: Bool
}

/// What the person who registered gets back: their place or position, and the private link to cancel
/// (the secret is given once, here and in the confirmation e-mail).
struct RegistrationReceiptDTO: Content {
    var id: Int
    var eventId: Int
    var name: String
    var email: String
    var status: Registration.Status
    var waitingPosition: Int?
    var token: String?
    var cancelUrl: String?
}

/// A participant in the public list: only those who agreed to be listed, and only name and organisation.
struct ParticipantDTO: Content {
    var name: String
    var organization: String?
}

extension Registration {
    func toDTO(waitingPosition: Int?) throws -> RegistrationDTO {
        RegistrationDTO(
            id: try requireID(), eventId: $event.id, name: name, organization: organization, email: email, listConsent: listConsent,
            contactConsent: contactConsent, status: status, waitingPosition: waitingPosition, registeredAt: createdAt, promotedAt: promotedAt,
            cancelledAt: cancelledAt, attended: attended)
    }

    func receipt(waitingPosition: Int?, token: String?) throws -> RegistrationReceiptDTO {
        RegistrationReceiptDTO(
            id: try requireID(), eventId: $event.id, name: name, email: email, status: status, waitingPosition: waitingPosition,
            token: token, cancelUrl: token.map { "/api/v1/registrations/\($0)" })
    }

    static let csvHeader = [
        "id", "name", "organization", "email", "status", "waiting_position", "registered_at", "list_consent", "contact_consent", "attended",
    ]

    func csvRow(waitingPosition: Int?) throws -> [String?] {
        [
            "\(try requireID())", name, organization, email, status.rawValue, waitingPosition.map(String.init), createdAt.formatted(.iso8601),
            listConsent ? "true" : "false", contactConsent ? "true" : "false", attended ? "true" : "false",
        ]
    }
}
