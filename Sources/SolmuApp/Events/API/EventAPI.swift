import Fluent
import Vapor

/// `/api/v1/events`: the public calendar and each event; organisers publish and run them. Registration is open to
/// anyone (no account needed); the private link's secret answers for the registration afterwards.
struct EventAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let events = routes.grouped("events")
        events.get(use: list)
        events.post(use: create).accepts(EventDetails.self)
        events.get(":id", use: show)
        events.patch(":id", use: update).accepts(EventDetails.self)
        events.delete(":id", use: delete)
        events.get(":id", "calendar.ics", use: eventCalendar)
        events.get(":id", "participants", use: participants)
        events.get(":id", "registrations", use: registrations)
        events.grouped(AnonymousWriteLimit()).post(":id", "registrations", use: register).accepts(RegistrationDetails.self)
        events.patch(":id", "registrations", ":registrationId", use: markAttendance).accepts(AttendanceDetails.self)
        routes.get("calendar.ics", use: calendar)
        routes.get("networks", ":id", "calendar.ics", use: networkCalendar)
        routes.get("registrations", ":token", use: registration)
        routes.delete("registrations", ":token", use: cancel)
    }

    func list(req: Request) async throws -> Response {
        let events = try await EventLoader.calendar(CalendarFilter(req), on: req.db)
        let counts = try await Participants.counts(events.compactMap(\.id), on: req.db)
        return try await req.wholeList(
            events, csv: "solmu-events.csv", header: Event.csvHeader, row: { try $0.csvRow(counts[$0.id ?? 0] ?? PlaceCount()) },
            item: { try $0.toDTO(places: counts[$0.id ?? 0] ?? PlaceCount(), organiser: false) })
    }

    func show(req: Request) async throws -> EventDTO {
        let (event, organiser) = try await EventLoader.visible(req.intParameter(), to: req)
        return try await Self.dto(event, organiser: organiser, on: req.db)
    }

    static func dto(_ event: Event, organiser: Bool, on database: any Database) async throws -> EventDTO {
        let counts = try await Participants.counts([event.requireID()], on: database)
        return try event.toDTO(places: counts[event.id ?? 0] ?? PlaceCount(), organiser: organiser)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        let details = try req.decodeJSON(EventDetails.self)
        guard details.networkId != nil || details.programmeId != nil else { throw Problem.validation(["networkId": "event.owner.required"]) }
        try await EventLoader.checkOwners(network: details.networkId, programme: details.programmeId, on: req.db)
        guard try await EventAccess.canOrganise(user, network: details.networkId, programme: details.programmeId, on: req.db) else {
            throw Abort(.forbidden)
        }
        let event = Event()
        try await EventEditor(database: req.db, publicURL: req.settings.publicURL).save(details, into: event)
        let saved = try await EventLoader.require(event.requireID(), on: req.db)
        return try await req.created(Self.dto(saved, organiser: true, on: req.db), at: "/api/v1/events/\(try saved.requireID())")
    }

    /// The event for its organisers. Reads need only the session or token; writes also the CSRF header (`APIAccessGuard`).
    private func organised(_ req: Request) async throws -> Event {
        let user = req.method == .GET ? req.currentUser : try req.user
        guard let user else { throw Abort(.unauthorized) }
        return try await EventAccess.requireOrganised(req.intParameter(), by: user, on: req.db)
    }

    func update(req: Request) async throws -> EventDTO {
        let event = try await organised(req)
        let details = try MergePatch.apply(req, to: event.details)
        // Moving an event to another network or programme needs the right to organise there too.
        guard try await EventAccess.canOrganise(req.currentUser, network: details.networkId, programme: details.programmeId, on: req.db) else {
            throw Abort(.forbidden)
        }
        try await EventEditor(database: req.db, publicURL: req.settings.publicURL).save(details, into: event)
        return try await Self.dto(EventLoader.require(event.requireID(), on: req.db), organiser: true, on: req.db)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        try await EventEditor(database: req.db).delete(organised(req))
        return .noContent
    }

    // MARK: Calendars

    func calendar(req: Request) async throws -> Response {
        let events = try await EventLoader.calendar(CalendarFilter(req), on: req.db)
        return ICalendar(name: "Solmu", events: events, publicURL: req.settings.publicURL, language: Self.language(req)).response()
    }

    func networkCalendar(req: Request) async throws -> Response {
        let network = try await NetworkLoader.require(req.intParameter(), on: req.db)
        let events = try await EventLoader.calendar(CalendarFilter(network: network.requireID()), on: req.db)
        return ICalendar(name: network.name, events: events, publicURL: req.settings.publicURL, language: Self.language(req)).response()
    }

    func eventCalendar(req: Request) async throws -> Response {
        let (event, _) = try await EventLoader.visible(req.intParameter(), to: req)
        guard ICalendar.canPlace(event) else {
            throw Problem(status: .notFound, titleKey: "problem.notFound.title", detailKey: "event.calendar.dateUnknown")
        }
        return ICalendar(
            name: event.title.display(Self.language(req)), events: [event], publicURL: req.settings.publicURL, language: Self.language(req)
        ).response()
    }

    /// `?lang=sv` writes the feed in Swedish; Finnish otherwise.
    static func language(_ req: Request) -> Language {
        req.query[String.self, at: "lang"].flatMap(Language.init(rawValue:)) ?? .fi
    }

    // MARK: Registration

    func participants(req: Request) async throws -> Response {
        let (event, _) = try await EventLoader.visible(req.intParameter(), to: req)
        let listed = try await Participants.listed(of: event.requireID(), on: req.db)
        return try await ListEnvelope(items: listed, total: listed.count, limit: listed.count, offset: 0).encodeResponse(for: req)
    }

    func registrations(req: Request) async throws -> Response {
        let event = try await organised(req)
        let rows = try await Participants.all(of: event.requireID(), on: req.db)
        return try await req.wholeList(
            rows, csv: "solmu-event-\(event.id ?? 0)-participants.csv", header: Registration.csvHeader,
            row: { try $0.0.csvRow(waitingPosition: $0.waitingPosition) },
            item: { try $0.0.toDTO(waitingPosition: $0.waitingPosition) })
    }

    func register(req: Request) async throws -> Response {
        let id = try req.intParameter()
        let details = try req.decodeJSON(RegistrationDetails.self)
        let event = try await EventLoader.require(id, on: req.db)
        let desk = RegistrationDesk(database: req.db, publicURL: req.settings.publicURL, mailLimit: .mailToUnconfirmed(req.settings))
        let (registration, token, position) = try await desk.register(details, at: event, user: req.currentUser)
        return try await req.created(registration.receipt(waitingPosition: position, token: token), at: "/api/v1/registrations/\(token)")
    }

    func markAttendance(req: Request) async throws -> RegistrationDTO {
        let event = try await organised(req)
        let registration = try await Participants.require(req.parameters.get("registrationId").flatMap(Int.init), of: event.requireID(), on: req.db)
        let details = try req.decodeJSON(AttendanceDetails.self)
        guard let attended = details.attended else { throw Problem.validation(["attended": "field.required"]) }
        try await RegistrationDesk(database: req.db, publicURL: req.settings.publicURL).markAttendance(registration, attended: attended)
        return try registration.toDTO(waitingPosition: nil)
    }

    func registration(req: Request) async throws -> RegistrationReceiptDTO {
        let registration = try await RegistrationDesk.find(token: req.parameters.get("token") ?? "", on: req.db)
        let position = registration.status == .waiting ? try await RegistrationDesk.waitingRank(registration, on: req.db) : nil
        return try registration.receipt(waitingPosition: position, token: nil)
    }

    func cancel(req: Request) async throws -> RegistrationReceiptDTO {
        let registration = try await RegistrationDesk(database: req.db, publicURL: req.settings.publicURL)
            .cancel(token: req.parameters.get("token") ?? "")
        return try registration.receipt(waitingPosition: nil, token: nil)
    }
}
