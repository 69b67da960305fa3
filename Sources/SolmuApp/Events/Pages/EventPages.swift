import Fluent
import Vapor

/// Events' pages: the calendar, each event, the organiser's form and participants, registering, and the private
/// registration page behind the link each person gets.
struct EventPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.events, use: calendar)
        routes.get(.event(0), use: show)
        signedIn.form(.newEvent, newEvent)
        signedIn.form(.editEvent(0), editEvent)
        routes.get(.register(0), use: registrationForm)
        routes.grouped(AnonymousWriteLimit()).post(.register(0), use: register)
        routes.get(.registration(""), use: registration)
        // The registration's private link is what allows cancelling it (no account, no session).
        routes.privateLinks().post(.registration(""), use: cancel)
        signedIn.get(.participants(0), use: participants)
        signedIn.post(.participants(0), use: markAttendance)
    }

    func calendar(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let filter = try CalendarFilter(req)
        return try await EventsPage.load(
            filter: filter, viewer: context.user, today: HelsinkiTime.day(req.now), language: context.language,
            on: req.db
        ).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let (event, organiser) = try await EventLoader.visible(req.intParameter(), to: req)
        return try await EventPage.load(
            event, organiser: organiser, invitation: req.query[String.self, at: "invitation"],
            publicURL: req.settings.publicURL, now: req.now, language: context.language, on: req.db
        ).render(context)
    }

    // MARK: The organiser's form

    /// Networks and programmes the user may organise events for, roadshows to attach a stop to, themes and municipalities.
    private func choices(_ req: Request, _ user: User, _ context: PageContext) async throws -> EventForms.Choices {
        try await EventForms.Choices.load(for: user, language: context.language, on: req.db)
    }

    /// The form for a new event. From a network's, a programme's or a roadshow's page the organiser (and the roadshow) is chosen already.
    var newEvent: FormRoute<EventForm, (user: User, event: Event, preset: FormValues<EventForm>)> {
        FormRoute(
            subject: { req in
                let user = try req.user
                let values = try await preset(req)
                return (user, Event(), values)
            },
            initial: { $0.preset },
            page: { req, s, state, context in EventForms.event(nil, state: state, choices: try await choices(req, s.user, context), context) },
            next: { s, context in context.link(.event(s.event.id ?? 0)) },
            save: { req, s, posted in try await store(req, posted.values, user: s.user, into: s.event) })
    }

    /// The new event's first values from the query: `network`, `programme` or `series` (a roadshow, whose organiser comes with it).
    private func preset(_ req: Request) async throws -> FormValues<EventForm> {
        var values = FormValues<EventForm>()
        if let network = req.query[String.self, at: "network"] { values[.owner] = "network:\(network)" }
        if let programme = req.query[String.self, at: "programme"] { values[.owner] = "programme:\(programme)" }
        if let series = req.query[String.self, at: "series"].flatMap(Int.init), let roadshow = try await EventLoader.find(series, on: req.db) {
            values[.seriesId] = "\(series)"
            values[.kind] = Event.Kind.roadshow.rawValue
            values[.owner] = roadshow.$network.id.map { "network:\($0)" } ?? roadshow.$programme.id.map { "programme:\($0)" }
        }
        return values
    }

    private func organised(_ req: Request) async throws -> (event: Event, user: User) {
        let user = try req.user
        let event = try await EventAccess.requireOrganised(req.intParameter(), by: user, on: req.db)
        return (event, user)
    }

    /// An event its organiser edits, or removes (back to the calendar) while nobody has registered or sent an input.
    var editEvent: FormRoute<EventForm, (event: Event, user: User)> {
        FormRoute(
            subject: { try await organised($0) },
            initial: { EventForm.values(of: $0.event) },
            page: { req, s, state, context in EventForms.event(s.event, state: state, choices: try await choices(req, s.user, context), context) },
            next: { s, context in context.link(.event(s.event.id ?? 0)) },
            save: { req, s, posted in
                if posted.removing { return try await EventEditor(database: req.db).delete(s.event) }
                try await store(req, posted.values, user: s.user, into: s.event)
            },
            removed: { _, context in context.link(.events) })
    }

    /// Saves the event, refusing an organiser the user may not organise events for (the mail the save leaves, to those
    /// who got a place when it grew, goes out after the request: `MailKick`).
    private func store(_ req: Request, _ posted: FormValues<EventForm>, user: User, into event: Event) async throws {
        let (details, parseErrors) = EventForm.details(posted)
        var formErrors = parseErrors
        if details.networkId != nil || details.programmeId != nil,
            try await !EventAccess.canOrganise(user, network: details.networkId, programme: details.programmeId, on: req.db)
        {
            formErrors["owner"] = "event.owner.notYours"
        }
        try await EventEditor(database: req.db, publicURL: req.settings.publicURL).save(details, into: event, formErrors: formErrors)
    }

    // MARK: Registering

    func registrationForm(req: Request) async throws -> Response {
        let context = try PageContext.withToken(req)
        let (event, _) = try await EventLoader.visible(req.intParameter(), to: req)
        return EventForms.registration(
            event, invitation: req.query[String.self, at: "invitation"], state: RegistrationForm.values(for: context.user).state,
            context
        ).render(context)
    }

    func register(req: Request) async throws -> Response {
        let context = try PageContext.withToken(req)
        let event = try await EventLoader.require(req.intParameter(), on: req.db)
        let posted = try req.content.decode(FormValues<RegistrationForm>.self)
        let invitation = try? req.content.get(String.self, at: "invitation")
        var token = ""
        let response = try await req.submitForm(
            // The registration's own page thanks the visitor (and says whether they got a place): no second notice.
            next: context.link(.registration(token), query: ["new": "1"]), notice: nil, values: posted.state,
            render: { state, status in
                EventForms.registration(event, invitation: invitation, state: state, context).render(context, status: status)
            },
            save: {
                token = try await RegistrationDesk(database: req.db, publicURL: req.settings.publicURL, mailLimit: .mailToUnconfirmed(req.settings))
                    .register(RegistrationForm.details(posted, invitation: invitation, language: context.language), at: event, user: req.currentUser)
                    .token
            })
        return response
    }

    func registration(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let token = req.parameters.get("token") ?? ""
        return try await RegistrationPage.load(
            token: token, justRegistered: req.query[String.self, at: "new"] == "1",
            publicURL: req.settings.publicURL, on: req.db
        ).render(context)
    }

    /// The private link's secret is what allows the cancellation (no account, no session): pressing it twice cancels once.
    func cancel(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let token = req.parameters.get("token") ?? ""
        do {
            let registration = try await RegistrationDesk(database: req.db, publicURL: req.settings.publicURL).cancel(token: token)
            return try await RegistrationPage.load(
                registration, token: token, justCancelled: true, publicURL: req.settings.publicURL,
                on: req.db
            ).render(context)
        } catch let problem as Problem where problem.status == .conflict {
            return try await RegistrationPage.load(
                token: token, alreadyCancelled: true, publicURL: req.settings.publicURL,
                on: req.db
            ).render(context, status: .conflict)
        }
    }

    // MARK: Participants

    func participants(req: Request) async throws -> Response {
        let (event, _) = try await organised(req)
        return try await ParticipantsPage.load(event, on: req.db).render(try PageContext(request: req))
    }

    func markAttendance(req: Request) async throws -> Response {
        let (event, _) = try await organised(req)
        let marked = Set(((try? req.content.get([String].self, at: "attended")) ?? []).compactMap { Int($0) })
        try await RegistrationDesk(database: req.db, publicURL: req.settings.publicURL).markAttendance(of: event.requireID(), attended: marked)
        return req.redirect(to: try PageContext(request: req).link(.participants(event.requireID())), after: .saved)
    }
}
