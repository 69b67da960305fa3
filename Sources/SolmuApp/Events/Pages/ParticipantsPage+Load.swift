import Fluent

extension ParticipantsPage {
    /// The page's loader: the event's registrations (places, then the waiting list in order, then the cancelled) as
    /// plain rows. `event`: the event its organiser opened (the handler has checked who may).
    static func load(_ event: Event, on database: any Database) async throws -> ParticipantsPage {
        let rows = try await Participants.all(of: event.requireID(), on: database).map { registration, position in
            Row(
                id: registration.id ?? 0, name: registration.name, organization: registration.organization, email: registration.email,
                status: registration.status, waitingPosition: position, listConsent: registration.listConsent,
                contactConsent: registration.contactConsent, attended: registration.attended)
        }
        return ParticipantsPage(eventID: try event.requireID(), eventTitle: event.title, capacity: event.capacity, rows: rows)
    }
}
