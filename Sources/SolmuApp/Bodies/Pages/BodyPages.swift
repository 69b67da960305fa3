import Fluent
import Vapor

/// The public pages of governing bodies.
struct BodyPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.bodies, use: list)
        routes.get(.body(0), use: show)
        routes.get(.meeting(0, 0), use: meeting)
        signedIn.form(.newMeeting(0), newMeeting)
        signedIn.form(.newAgendaItem(0, 0), newItem)
        signedIn.form(.editMeeting(0, 0), editMeeting)
        signedIn.form(.newBody(0), newBody)
        signedIn.form(.editBody(0), editBody)
        signedIn.form(.newSeat(0), newSeat)
        signedIn.form(.editSeat(0, 0), editSeat)
    }

    func list(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await BodiesPage.load(language: context.language, on: req.db).render(context)
    }

    /// The record of a meeting: its minutes and who attended.
    var editMeeting: FormRoute<MeetingForm, (body: GoverningBody, meeting: Meeting)> {
        FormRoute(
            subject: { req in
                let body = try await editable(req)
                return (body, try await MeetingLoader.require(req, of: body))
            },
            initial: { MeetingForm.values(of: $0.meeting) },
            page: { _, s, state, context in MeetingForms.meeting(s.body, meeting: s.meeting, state: state, context) },
            next: { s, context in context.link(.meeting(try s.body.requireID(), try s.meeting.requireID())) },
            save: { req, s, posted in
                let (input, attendance) = (MeetingForm.input(posted.values), MeetingForm.attendance(posted.values))
                // The meeting and its attendance together: a refused attendance leaves the meeting as it was.
                try await req.db.writeTransaction { db in
                    let editor = MeetingEditor(database: db, body: s.body)
                    try await editor.save(input, into: s.meeting)
                    try await editor.saveAttendance(attendance, meeting: s.meeting)
                }
            })
    }

    // MARK: Bodies and seats

    /// A new body of a programme.
    var newBody: FormRoute<BodyForm, (programme: Programme, body: GoverningBody)> {
        FormRoute(
            subject: { req in
                let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: req.user, on: req.db)
                return (programme, GoverningBody())
            },
            page: { _, s, state, context in BodyForms.body(programme: s.programme, body: nil, state: state, context) },
            next: { s, context in context.link(.body(s.body.id ?? 0)) },
            save: { req, s, posted in
                let input = BodyForm.input(posted.values, programme: try s.programme.requireID(), network: nil)
                try await BodyEditor(database: req.db).save(input, into: s.body)
            })
    }

    /// A body its keeper edits, or removes (back to its programme or network) while it has no meetings.
    var editBody: FormRoute<BodyForm, GoverningBody> {
        FormRoute(
            subject: { try await editable($0) },
            initial: { BodyForm.values(of: $0) },
            page: { _, body, state, context in BodyForms.body(programme: body.programme, body: body, state: state, context) },
            next: { body, context in context.link(.body(try body.requireID())) },
            save: { req, body, posted in
                let editor = BodyEditor(database: req.db)
                if posted.removing { return try await editor.delete(body) }
                try await editor.save(BodyForm.input(posted.values, programme: body.$programme.id, network: body.$network.id), into: body)
            },
            removed: { body, context in
                body.$programme.id.map { context.link(.programme($0)) } ?? body.$network.id.map { context.link(.network($0)) } ?? context.link(.home)
            })
    }

    var newSeat: FormRoute<SeatForm, GoverningBody> {
        FormRoute(
            subject: { try await editable($0) },
            initial: { _ in FormValues<SeatForm>([.position: BodyMember.Position.member.rawValue]) },
            page: { req, body, state, context in
                let (people, organizations) = try await BodyForms.seatChoices(on: req.db)
                return BodyForms.seat(body, seat: nil, people: people, organizations: organizations, state: state, context)
            },
            next: { body, context in context.link(.body(try body.requireID())) },
            save: { req, body, posted in
                try await BodyEditor(database: req.db).saveMember(SeatForm.input(posted.values), body: body, into: BodyMember())
            })
    }

    /// A seat's holder, position and term; or its removal while its holder has attended or presented nothing.
    var editSeat: FormRoute<SeatForm, (body: GoverningBody, member: BodyMember)> {
        FormRoute(
            subject: { req in
                let body = try await editable(req)
                return (body, try body.seat(req))
            },
            initial: { SeatForm.values(of: $0.member) },
            page: { req, s, state, context in
                let (people, organizations) = try await BodyForms.seatChoices(on: req.db)
                return BodyForms.seat(s.body, seat: s.member, people: people, organizations: organizations, state: state, context)
            },
            next: { s, context in context.link(.body(try s.body.requireID())) },
            save: { req, s, posted in
                let editor = BodyEditor(database: req.db)
                if posted.removing { return try await editor.deleteMember(s.member) }
                try await editor.saveMember(SeatForm.input(posted.values), body: s.body, into: s.member)
            })
    }

    /// The body for its keeper's forms, or a redirect to sign in / 403; a post must carry the form's CSRF token.
    private func editable(_ req: Request) async throws -> GoverningBody {
        let user = try req.user
        return try await BodyAccess.requireEditable(req.intParameter(), by: user, on: req.db)
    }

    var newMeeting: FormRoute<MeetingForm, (body: GoverningBody, meeting: Meeting)> {
        FormRoute(
            subject: { req in
                let body = try await editable(req)
                return (body, Meeting())
            },
            initial: { _ in FormValues<MeetingForm>([.minutesPublic: "on"]) },
            page: { _, s, state, context in MeetingForms.meeting(s.body, state: state, context) },
            next: { s, context in context.link(.meeting(s.body.id ?? 0, s.meeting.id ?? 0)) },
            save: { req, s, posted in
                try await MeetingEditor(database: req.db, body: s.body).save(MeetingForm.input(posted.values), into: s.meeting)
            })
    }

    /// The programme's calls and projects an agenda item may concern.
    private func concerns(_ req: Request, _ body: GoverningBody, _ context: PageContext) async throws -> (
        calls: BodyForms.Options, projects: BodyForms.Options
    ) {
        try await MeetingForms.concerns(of: body, viewer: context.user, language: context.language, on: req.db)
    }

    /// A new agenda item of a meeting, numbered after the last one.
    var newItem: FormRoute<AgendaItemForm, (body: GoverningBody, meeting: Meeting)> {
        FormRoute(
            subject: { req in
                let body = try await editable(req)
                return (body, try await MeetingLoader.require(req, of: body))
            },
            initial: { s in
                let number = (s.meeting.items.map(\.number).max() ?? 0) + 1
                return FormValues<AgendaItemForm>([.number: "\(number)", .decisionPublic: "on"])
            },
            page: { req, s, state, context in
                let (calls, projects) = try await concerns(req, s.body, context)
                return MeetingForms.item(s.body, meeting: s.meeting, projects: projects, calls: calls, state: state, context)
            },
            next: { s, context in context.link(.meeting(s.body.id ?? 0, s.meeting.id ?? 0)) },
            save: { req, s, posted in
                try await MeetingEditor(database: req.db, body: s.body)
                    .saveItem(try AgendaItemForm.input(posted.values), meeting: s.meeting, into: AgendaItem())
            })
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await BodyPage.load(id: req.intParameter(), viewer: context.user, on: req.db).render(context)
    }

    func meeting(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await MeetingPage.load(
            bodyID: req.intParameter(), meetingID: req.parameters.get("meetingId").flatMap(Int.init),
            viewer: context.user, on: req.db
        ).render(context)
    }
}
