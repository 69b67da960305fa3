import Vapor

/// The public pages of governing bodies.
struct BodyPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.body(0), use: show)
        routes.get(.meeting(0, 0), use: meeting)
        routes.get(.newMeeting(0), use: newMeeting)
        routes.post(.newMeeting(0), use: createMeeting)
        routes.get(.newAgendaItem(0, 0), use: newItem)
        routes.post(.newAgendaItem(0, 0), use: addItem)
    }

    /// The body for its keeper's forms, or a redirect to sign in / 403; a post must carry the form's CSRF token.
    private func editable(_ req: Request) async throws -> (GoverningBody, PageContext) {
        let user = try req.requirePageUser()
        let body = try await BodyAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        if req.method == .POST { try CSRF.verifyForm(req) }
        return (body, try PageContext(request: req))
    }

    func newMeeting(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        return MeetingForms.meeting(body, state: FormState(values: ["minutesPublic": "on"]), context).render(context)
    }

    func createMeeting(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let form = try req.content.decode([String: String].self)
        let meeting = Meeting()
        return try await req.submitForm(next: context.link(.meeting(body.id ?? 0, meeting.id ?? 0)), values: FormState(values: form), render: { state, status in
            MeetingForms.meeting(body, state: state, context).render(context, status: status)
        }, save: {
            let input = MeetingInput(startsAt: form["startsAt"], place: form["place"], onlineUrl: form["onlineUrl"], minutes: form["minutes"],
                                     minutesPublic: form["minutesPublic"] != nil)
            try await MeetingEditor(database: req.db, body: body).save(input, into: meeting)
        })
    }

    func newItem(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingAPI.meeting(req, of: body)
        let next = (meeting.items.map(\.number).max() ?? 0) + 1
        return MeetingForms.item(body, meeting: meeting, state: FormState(values: ["number": "\(next)", "decisionPublic": "on"]), context).render(context)
    }

    func addItem(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingAPI.meeting(req, of: body)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.meeting(body.id ?? 0, meeting.id ?? 0)), values: FormState(values: form), render: { state, status in
            MeetingForms.item(body, meeting: meeting, state: state, context).render(context, status: status)
        }, save: {
            guard let number = Int(form["number"] ?? "") else { throw Problem.validation(["number": "number.invalid"]) }
            let input = AgendaItemInput(number: number, title: form["title"], presenterId: form["presenterId"].nonEmpty.flatMap(Int.init),
                                        decision: form["decision"], decisionPublic: form["decisionPublic"] != nil)
            try await MeetingEditor(database: req.db, body: body).saveItem(input, meeting: meeting, into: AgendaItem())
        })
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let body = try await BodyLoader.require(req.intParameter(), on: req.db)
        let canEdit = try await context.user.asyncMap { try await BodyAccess.canEdit($0, body, on: req.db) } ?? false
        return BodyPage(body: body, meetings: try await MeetingAPI.meetings(of: body, on: req.db), canEdit: canEdit).render(context)
    }

    func meeting(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let body = try await BodyLoader.require(req.intParameter(), on: req.db)
        let meeting = try await MeetingAPI.meeting(req, of: body)
        let canEdit = try await context.user.asyncMap { try await BodyAccess.canEdit($0, body, on: req.db) } ?? false
        return MeetingPage(body: body, meeting: meeting, insider: try await BodyAccess.seesInternal(context.user, body, on: req.db), canEdit: canEdit).render(context)
    }
}
