import Crypto
import Fluent
import Foundation
import SQLKit
import Vapor

/// Takes registrations, cancellations and attendance for events. Every change to an event's places runs in one
/// write transaction that first moves the event's registration sequence forward: that locks the event's row, so
/// registrations for one event are lined up one after another (on both engines) and the places are counted
/// afresh each time — 50 people for the last 10 places get exactly 10 places and 40 waiting-list positions in the
/// order they came. The confirmation or waiting-list message goes to the outbox in the same transaction.
struct RegistrationDesk {
    let database: any Database
    /// Solmu's public address, for the private link in the message.
    let publicURL: String
    var now = Date()
    /// Counts the mail a visitor's registration sends to an address nobody has confirmed (nil: not counted).
    var mailLimit: RateLimit?

    /// Whether the private link's secret belongs to a live registration for `event`: the participant's credential to send input. 404 / 403.
    static func requireParticipant(token: String, of event: Event, on database: any Database) async throws {
        let found = try await find(token: token, on: database)
        guard found.$event.id == event.id, found.status != .cancelled else { throw Abort(.forbidden) }
    }

    /// Registers; returns the registration, the secret of its private cancellation link (shown once, and mailed) and,
    /// on the waiting list, its position there.
    func register(_ details: RegistrationDetails, at event: Event, user: User?) async throws -> (Registration, token: String, waitingPosition: Int?) {
        let eventID = try event.requireID()
        // An event the visitor may not see answers 404 whatever they send: its existence is not told.
        guard EventAccess.canSee(event, organiser: false, invitation: details.invitation) else { throw Problem.notFound() }
        var errors: [String: String] = [:]
        let name = details.name.nonEmpty?.trimmingCharacters(in: .whitespacesAndNewlines)
        if name == nil { errors["name"] = "field.required" }
        let email = details.email.nonEmpty?.trimmingCharacters(in: .whitespaces).lowercased()
        if let email {
            if !PersonEditor.looksLikeEmail(email) { errors["email"] = "person.email.invalid" }
        } else {
            errors["email"] = "field.required"
        }
        if let organization = details.organization, organization.count > 200 { errors["organization"] = "text.tooLong" }
        if let name, name.count > 200 { errors["name"] = "text.tooLong" }
        guard errors.isEmpty, let name, let email else { throw Problem.validation(errors) }
        try refuseUnlessOpen(event)
        if user == nil, let mailLimit { try await mailLimit.hit(email, on: database) }

        let (token, tokenHash) = PrivateLink.make()
        let registration = Registration()
        registration.$event.id = eventID
        registration.createdAt = now
        registration.name = name
        registration.organization = details.organization.nonEmpty?.trimmingCharacters(in: .whitespaces)
        registration.email = email
        registration.listConsent = details.listConsent ?? false
        registration.contactConsent = details.contactConsent ?? false
        registration.tokenHash = tokenHash
        registration.language = details.language ?? .fi
        registration.$user.id = user?.id
        let capacity = event.capacity ?? 0
        let mail = self
        let position = try await Self.lined(eventID, on: database) { db, sequence -> Int? in
            // What the event holds now, and whether this address already holds something: one query, the lock held briefly.
            let held = try await Self.places(of: eventID, email: email, on: db)
            if let existing = held.existing { throw Self.duplicate(existing) }
            registration.status = held.confirmed < capacity ? .confirmed : .waiting
            registration.position = sequence
            try await registration.create(on: db)
            let position = registration.status == .waiting ? held.waiting + 1 : nil
            try await mail.tell(registration, event: event, token: token, waitingPosition: position, on: db)
            return position
        }
        return (registration, token, position)
    }

    /// Places taken and waiting at an event, and the state of a live registration by `email` if there is one.
    private static func places(of eventID: Int, email: String, on db: any Database) async throws -> (
        confirmed: Int, waiting: Int, existing: Registration.Status?
    ) {
        let row = try await db.sql.raw(
            """
            SELECT COALESCE(SUM(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END), 0) AS confirmed,
                   COALESCE(SUM(CASE WHEN status = 'waiting' THEN 1 ELSE 0 END), 0) AS waiting,
                   MAX(CASE WHEN email = \(bind: email) THEN status END) AS existing
            FROM event_registrations WHERE event_id = \(bind: eventID) AND status <> 'cancelled'
            """
        ).first()
        guard let row else { return (0, 0, nil) }
        return (
            try row.decode(column: "confirmed", as: Int.self), try row.decode(column: "waiting", as: Int.self),
            try row.decode(column: "existing", as: String?.self).flatMap(Registration.Status.init(rawValue:))
        )
    }

    /// Cancels by the private link's secret; a confirmed place passes to the first on the waiting list.
    /// Returns the registration with its event loaded.
    func cancel(token: String) async throws -> Registration {
        let found = try await Self.find(token: token, on: database)
        if found.status == .cancelled { throw Self.alreadyCancelled() }
        let registrationID = try found.requireID()
        let event = found.event
        let desk = self
        return try await Self.lined(found.$event.id, on: database) { db, _ in
            // Read again under the lock: the same link pressed twice at once cancels once.
            guard let current = try await Registration.find(registrationID, on: db), current.status != .cancelled else {
                throw Self.alreadyCancelled()
            }
            let hadPlace = current.status == .confirmed
            current.status = .cancelled
            current.cancelledAt = desk.now
            try await current.save(on: db)
            if hadPlace { try await desk.fillPlaces(of: event, on: db) }
            current.$event.value = event
            return current
        }
    }

    /// After the organiser adds places: the waiting list moves up into them.
    func placesAdded(to event: Event) async throws {
        let desk = self
        try await Self.lined(event.requireID(), on: database) { db, _ in try await desk.fillPlaces(of: event, on: db) }
    }

    func markAttendance(_ registration: Registration, attended: Bool) async throws {
        guard registration.status == .confirmed || !attended else {
            throw Problem.conflict(detailKey: "registration.attendance.noPlace")
        }
        registration.attended = attended
        try await registration.save(on: database)
    }

    /// The organiser's attendance list: of the event's registrations with a place, those in `attended` attended and the
    /// others did not; only the changed ones are saved.
    func markAttendance(of eventID: Int, attended: Set<Int>) async throws {
        for (registration, _) in try await Participants.all(of: eventID, on: database) where registration.status == .confirmed {
            let present = attended.contains(registration.id ?? 0)
            if present != registration.attended { try await markAttendance(registration, attended: present) }
        }
    }

    /// Moves the waiting list up, in order, into the places free; tells each one moved.
    private func fillPlaces(of event: Event, on db: any Database) async throws {
        let eventID = try event.requireID()
        let confirmed = try await Registration.query(on: db).filter(\.$event.$id == eventID).filter(\.$status == .confirmed).count()
        let free = (event.capacity ?? 0) - confirmed
        guard free > 0 else { return }
        let next = try await Registration.query(on: db).filter(\.$event.$id == eventID).filter(\.$status == .waiting)
            .sort(\.$position).limit(free).all()
        for registration in next {
            registration.status = .confirmed
            registration.promotedAt = now
            try await registration.save(on: db)
            try await tell(registration, event: event, token: nil, on: db)
        }
    }

    /// Runs `body` with the event's row locked and its registration sequence moved on by one (the number it gets).
    private static func lined<T: Sendable>(
        _ eventID: Int, on database: any Database,
        _ body: @escaping @Sendable (any Database, Int) async throws -> T
    ) async throws -> T {
        try await database.writeTransaction { db in
            let rows = try await db.sql.raw(
                """
                UPDATE events SET registration_sequence = registration_sequence + 1 WHERE id = \(bind: eventID) RETURNING registration_sequence
                """
            ).all()
            guard let sequence = try rows.first?.decode(column: "registration_sequence", as: Int.self) else { throw Problem.notFound() }
            return try await body(db, sequence)
        }
    }

    private func refuseUnlessOpen(_ event: Event) throws {
        guard let reason = event.registrationClosedReason(at: now) else { return }
        let opens = event.registrationOpensAt.map { ["opens": HelsinkiTime.local($0).replacingOccurrences(of: "T", with: " ")] } ?? [:]
        throw Problem(status: .conflict, titleKey: "registration.closed.title", detailKey: reason, detailValues: opens)
    }

    /// A friendly answer to registering twice: the place (or waiting-list position) already held, not a second one.
    private static func duplicate(_ existing: Registration.Status) -> Problem {
        Problem(
            status: .conflict, titleKey: "registration.duplicate.title", detailKey: "registration.duplicate.\(existing.rawValue)",
            fieldErrors: ["email": "registration.duplicate.field"])
    }

    static func alreadyCancelled() -> Problem {
        Problem(status: .conflict, titleKey: "registration.cancelled.title", detailKey: "registration.alreadyCancelled")
    }

    /// The registration the private link's secret opens, with its event, or 404 (also for a secret tampered with).
    static func find(token: String, on database: any Database) async throws -> Registration {
        guard PrivateLink.isWellFormed(token),
            let found = try await Registration.query(on: database).filter(\.$tokenHash == UserToken.hash(token)).with(\.$event).first()
        else { throw Problem(status: .notFound, titleKey: "registration.link.invalid.title", detailKey: "registration.link.invalid") }
        return found
    }

    /// 1 for the first on the waiting list.
    static func waitingRank(_ registration: Registration, on db: any Database) async throws -> Int {
        try await Registration.query(on: db).filter(\.$event.$id == registration.$event.id).filter(\.$status == .waiting)
            .filter(\.$position < registration.position).count() + 1
    }

    /// The message for the registration's state now: a place, a waiting-list position, or a place after waiting.
    /// The private link is in the first message only (it is not kept; `token` is nil afterwards).
    private func tell(_ registration: Registration, event: Event, token: String?, waitingPosition: Int? = nil, on db: any Database) async throws {
        let language = registration.language
        let title = event.title.display(language)
        let when = EventTime.text(event, language)
        let key =
            switch registration.status {
            case .confirmed where registration.promotedAt != nil: "mail.registration.promoted"
            case .confirmed: "mail.registration.confirmed"
            default: "mail.registration.waiting"
            }
        var values = ["name": registration.name, "event": title, "when": when]
        // Only a new registration lands on the waiting list, and `register` knows its position.
        if let waitingPosition { values["position"] = "\(waitingPosition)" }
        var body = language.t(key, values)
        body += "\n\n" + publicURL + SiteURL.event(event.id ?? 0).path(language)
        if let token {
            body += "\n\n" + language.t("mail.registration.link") + "\n" + publicURL + SiteURL.registration(token).path(language)
        }
        try await OutboxMail(
            recipient: registration.email, subject: "Solmu: \(title) – " + language.t(registration.status.labelKey), body: body, at: now
        )
        .queue(on: db)
    }
}
