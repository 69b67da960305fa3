import Fluent
import Vapor

/// Who organises an event: the keepers of its network (the coordinating organisation's users) or of its
/// programme (the strategy office), and admins. They see its participants; the public sees published events,
/// and an event by invitation only with the invitation link.
enum EventAccess {
    static func canOrganise(_ user: User?, network: Int?, programme: Int?, on database: any Database) async throws -> Bool {
        guard let user else { return false }
        if user.isAdmin { return true }
        if let network, try await NetworkAccess.canEdit(user, networkID: network, on: database) { return true }
        if let programme, let found = try await Programme.find(programme, on: database), ProgrammeAccess.canEdit(user, found) { return true }
        return false
    }

    static func canOrganise(_ user: User?, _ event: Event, on database: any Database) async throws -> Bool {
        try await canOrganise(user, network: event.$network.id, programme: event.$programme.id, on: database)
    }

    static func canSee(_ event: Event, organiser: Bool, invitation: String?) -> Bool {
        organiser || (event.published && (event.invitationToken == nil || event.invitationToken == invitation))
    }

    /// The event for its organisers, or 404 / 403 (401 for nobody signed in).
    static func requireOrganised(_ id: Int, by user: User, on database: any Database) async throws -> Event {
        let event = try await EventLoader.require(id, on: database)
        guard try await canOrganise(user, event, on: database) else {
            // An unpublished event's existence is not told to outsiders.
            if !event.published || event.byInvitation { throw Problem.notFound() }
            throw Abort(.forbidden)
        }
        return event
    }
}
