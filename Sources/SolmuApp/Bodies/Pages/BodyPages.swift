import Fluent
import Vapor

/// The public pages of governing bodies.
struct BodyPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.body(0), use: show)
        routes.get(.meeting(0, 0), use: meeting)
        signedIn.get(.newMeeting(0), use: newMeeting)
        signedIn.post(.newMeeting(0), use: createMeeting)
        signedIn.get(.newAgendaItem(0, 0), use: newItem)
        signedIn.post(.newAgendaItem(0, 0), use: addItem)
        signedIn.get(.editMeeting(0, 0), use: editMeeting)
        signedIn.post(.editMeeting(0, 0), use: updateMeeting)
        signedIn.get(.newBody(0), use: newBody)
        signedIn.post(.newBody(0), use: createBody)
        signedIn.get(.editBody(0), use: editBody)
        signedIn.post(.editBody(0), use: updateBody)
        signedIn.get(.newSeat(0), use: newSeat)
        signedIn.post(.newSeat(0), use: addSeat)
        signedIn.get(.editSeat(0, 0), use: editSeat)
        signedIn.post(.editSeat(0, 0), use: updateSeat)
    }

    func editMeeting(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingLoader.require(req, of: body)
        return MeetingForms.meeting(body, meeting: meeting, state: MeetingForm.values(of: meeting).state, context).render(context)
    }

    func updateMeeting(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingLoader.require(req, of: body)
        let posted = try req.content.decode(FormValues<MeetingForm>.self)
        let (input, attendance) = (MeetingForm.input(posted), MeetingForm.attendance(posted))
        return try await req.submitForm(next: context.link(.meeting(body.requireID(), meeting.requireID())), values: posted.state, render: { state, status in
            MeetingForms.meeting(body, meeting: meeting, state: state, context).render(context, status: status)
        }, save: {
            // The meeting and its attendance together: a refused attendance leaves the meeting as it was.
            try await req.db.writeTransaction { db in
                let editor = MeetingEditor(database: db, body: body)
                try await editor.save(input, into: meeting)
                try await editor.saveAttendance(attendance, meeting: meeting)
            }
        })
    }

    // MARK: Bodies and seats

    func newBody(req: Request) async throws -> Response {
        let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: req.user, on: req.db)
        let context = try PageContext(request: req)
        return BodyForms.body(programme: programme, body: nil, state: FormState(), context).render(context)
    }

    func createBody(req: Request) async throws -> Response {
        let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: req.user, on: req.db)
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<BodyForm>.self)
        let body = GoverningBody()
        return try await req.submitForm(next: context.link(.body(body.id ?? 0)), values: posted.state, render: { state, status in
            BodyForms.body(programme: programme, body: nil, state: state, context).render(context, status: status)
        }, save: {
            try await BodyEditor(database: req.db).save(BodyForm.input(posted, programme: try programme.requireID(), network: nil), into: body)
        })
    }

    func editBody(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        return BodyForms.body(programme: body.programme, body: body, state: BodyForm.values(of: body).state, context).render(context)
    }

    func updateBody(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<BodyForm>.self)
        let editor = BodyEditor(database: req.db)
        if (try? req.content.get(String.self, at: "remove")) == "1" {
            let back = body.$programme.id.map { context.link(.programme($0)) } ?? body.$network.id.map { context.link(.network($0)) } ?? context.link(.home)
            return try await req.submitForm(next: back, values: BodyForm.values(of: body).state, render: { state, status in
                BodyForms.body(programme: body.programme, body: body, state: state, context).render(context, status: status)
            }, save: { try await editor.delete(body) })
        }
        return try await req.submitForm(next: context.link(.body(body.requireID())), values: posted.state, render: { state, status in
            BodyForms.body(programme: body.programme, body: body, state: state, context).render(context, status: status)
        }, save: {
            try await editor.save(BodyForm.input(posted, programme: body.$programme.id, network: body.$network.id), into: body)
        })
    }

    func newSeat(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let (people, organizations) = try await BodyForms.seatChoices(on: req.db)
        return BodyForms.seat(body, seat: nil, people: people, organizations: organizations,
                              state: FormValues<SeatForm>([.position: BodyMember.Position.member.rawValue]).state, context).render(context)
    }

    func addSeat(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<SeatForm>.self)
        let (people, organizations) = try await BodyForms.seatChoices(on: req.db)
        return try await req.submitForm(next: context.link(.body(body.requireID())), values: posted.state, render: { state, status in
            BodyForms.seat(body, seat: nil, people: people, organizations: organizations, state: state, context).render(context, status: status)
        }, save: {
            try await BodyEditor(database: req.db).saveMember(SeatForm.input(posted), body: body, into: BodyMember())
        })
    }

    func editSeat(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let member = try body.seat(req)
        let (people, organizations) = try await BodyForms.seatChoices(on: req.db)
        return BodyForms.seat(body, seat: member, people: people, organizations: organizations,
                              state: SeatForm.values(of: member).state, context).render(context)
    }

    func updateSeat(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let member = try body.seat(req)
        let posted = try req.content.decode(FormValues<SeatForm>.self)
        let (people, organizations) = try await BodyForms.seatChoices(on: req.db)
        let editor = BodyEditor(database: req.db)
        let remove = (try? req.content.get(String.self, at: "remove")) == "1"
        return try await req.submitForm(next: context.link(.body(body.requireID())), values: remove ? SeatForm.values(of: member).state : posted.state,
                                        render: { state, status in
            BodyForms.seat(body, seat: member, people: people, organizations: organizations, state: state, context).render(context, status: status)
        }, save: {
            if remove { return try await editor.deleteMember(member) }
            try await editor.saveMember(SeatForm.input(posted), body: body, into: member)
        })
    }

    /// The body for its keeper's forms, or a redirect to sign in / 403; a post must carry the form's CSRF token.
    private func editable(_ req: Request) async throws -> (GoverningBody, PageContext) {
        let user = try req.user
        let body = try await BodyAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return (body, try PageContext(request: req))
    }

    func newMeeting(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        return MeetingForms.meeting(body, state: FormValues<MeetingForm>([.minutesPublic: "on"]).state, context).render(context)
    }

    func createMeeting(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<MeetingForm>.self)
        let meeting = Meeting()
        return try await req.submitForm(next: context.link(.meeting(body.id ?? 0, meeting.id ?? 0)), values: posted.state, render: { state, status in
            MeetingForms.meeting(body, state: state, context).render(context, status: status)
        }, save: {
            try await MeetingEditor(database: req.db, body: body).save(MeetingForm.input(posted), into: meeting)
        })
    }

    /// The programme's calls and projects an agenda item may concern.
    private func concerns(_ req: Request, _ body: GoverningBody, _ context: PageContext) async throws -> (calls: BodyForms.Options, projects: BodyForms.Options) {
        try await MeetingForms.concerns(of: body, viewer: context.user, language: context.language, on: req.db)
    }

    func newItem(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingLoader.require(req, of: body)
        let next = (meeting.items.map(\.number).max() ?? 0) + 1
        let (calls, projects) = try await concerns(req, body, context)
        return MeetingForms.item(body, meeting: meeting, projects: projects, calls: calls,
                                 state: FormValues<AgendaItemForm>([.number: "\(next)", .decisionPublic: "on"]).state, context).render(context)
    }

    func addItem(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingLoader.require(req, of: body)
        let posted = try req.content.decode(FormValues<AgendaItemForm>.self)
        let (calls, projects) = try await concerns(req, body, context)
        return try await req.submitForm(next: context.link(.meeting(body.id ?? 0, meeting.id ?? 0)), values: posted.state, render: { state, status in
            MeetingForms.item(body, meeting: meeting, projects: projects, calls: calls, state: state, context).render(context, status: status)
        }, save: {
            try await MeetingEditor(database: req.db, body: body).saveItem(try AgendaItemForm.input(posted), meeting: meeting, into: AgendaItem())
        })
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await BodyPage.load(id: req.intParameter(), viewer: context.user, on: req.db).render(context)
    }

    func meeting(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await MeetingPage.load(bodyID: req.intParameter(), meetingID: req.parameters.get("meetingId").flatMap(Int.init),
                                          viewer: context.user, on: req.db).render(context)
    }
}
