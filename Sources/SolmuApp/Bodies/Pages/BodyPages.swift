import Fluent
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
        routes.get(.editMeeting(0, 0), use: editMeeting)
        routes.post(.editMeeting(0, 0), use: updateMeeting)
        routes.get(.newBody(0), use: newBody)
        routes.post(.newBody(0), use: createBody)
        routes.get(.editBody(0), use: editBody)
        routes.post(.editBody(0), use: updateBody)
        routes.get(.newSeat(0), use: newSeat)
        routes.post(.newSeat(0), use: addSeat)
        routes.get(.editSeat(0, 0), use: editSeat)
        routes.post(.editSeat(0, 0), use: updateSeat)
    }

    /// The meeting form as posted: attendance comes as `present[]`.
    struct MeetingForm: Decodable {
        var startsAt: String?
        var place: String?
        var onlineUrl: String?
        var minutes: String?
        var minutesPublic: String?
        var present: [String]?

        var input: MeetingInput {
            MeetingInput(startsAt: startsAt, place: place, onlineUrl: onlineUrl, minutes: minutes, minutesPublic: minutesPublic != nil)
        }

        var state: FormState {
            FormState(values: ["startsAt": startsAt ?? "", "place": place ?? "", "onlineUrl": onlineUrl ?? "", "minutes": minutes ?? "",
                               "minutesPublic": minutesPublic ?? ""], multiValues: ["present": Set(present ?? [])])
        }
    }

    func editMeeting(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingAPI.meeting(req, of: body)
        let state = FormState(values: ["startsAt": HelsinkiTime.local(meeting.startsAt), "place": meeting.place ?? "", "onlineUrl": meeting.onlineURL ?? "",
                                       "minutes": meeting.minutes ?? "", "minutesPublic": meeting.minutesPublic ? "on" : ""],
                              multiValues: ["present": Set(meeting.attendance.map { "\($0.$member.id)" })])
        return MeetingForms.meeting(body, meeting: meeting, state: state, context).render(context)
    }

    func updateMeeting(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingAPI.meeting(req, of: body)
        let form = try req.content.decode(MeetingForm.self)
        return try await req.submitForm(next: context.link(.meeting(body.requireID(), meeting.requireID())), values: form.state, render: { state, status in
            MeetingForms.meeting(body, meeting: meeting, state: state, context).render(context, status: status)
        }, save: {
            // The meeting and its attendance together: a refused attendance leaves the meeting as it was.
            try await req.db.writeTransaction { db in
                let editor = MeetingEditor(database: db, body: body)
                try await editor.save(form.input, into: meeting)
                try await editor.saveAttendance(AttendanceInput(present: (form.present ?? []).compactMap { Int($0) }), meeting: meeting)
            }
        })
    }

    // MARK: Bodies and seats

    private static func bodyState(_ body: GoverningBody) -> FormState {
        FormState(values: ["nameFi": body.nameFi, "nameSv": body.nameSv ?? "", "nameEn": body.nameEn ?? "", "kind": body.kind.rawValue])
    }

    private static func bodyInput(_ form: [String: String], programme: Int?, network: Int?) -> BodyInput {
        BodyInput(programmeId: programme, networkId: network, kind: form["kind"].nonEmpty,
                  name: LocalizedText(fi: form["nameFi"], sv: form["nameSv"], en: form["nameEn"]))
    }

    func newBody(req: Request) async throws -> Response {
        let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: req.requirePageUser(), on: req.db)
        let context = try PageContext(request: req)
        return BodyForms.body(programme: programme, body: nil, state: FormState(), context).render(context)
    }

    func createBody(req: Request) async throws -> Response {
        let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: req.requirePageUser(), on: req.db)
        try CSRF.verifyForm(req)
        let context = try PageContext(request: req)
        let form = try req.content.decode([String: String].self)
        let body = GoverningBody()
        return try await req.submitForm(next: context.link(.body(body.id ?? 0)), values: FormState(values: form), render: { state, status in
            BodyForms.body(programme: programme, body: nil, state: state, context).render(context, status: status)
        }, save: {
            try await BodyEditor(database: req.db).save(Self.bodyInput(form, programme: try programme.requireID(), network: nil), into: body)
        })
    }

    func editBody(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        return BodyForms.body(programme: body.programme, body: body, state: Self.bodyState(body), context).render(context)
    }

    func updateBody(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let form = try req.content.decode([String: String].self)
        let editor = BodyEditor(database: req.db)
        if form["remove"] == "1" {
            let back = body.$programme.id.map { context.link(.programme($0)) } ?? body.$network.id.map { context.link(.network($0)) } ?? context.link(.home)
            return try await req.submitForm(next: back, values: Self.bodyState(body), render: { state, status in
                BodyForms.body(programme: body.programme, body: body, state: state, context).render(context, status: status)
            }, save: { try await editor.delete(body) })
        }
        return try await req.submitForm(next: context.link(.body(body.requireID())), values: FormState(values: form), render: { state, status in
            BodyForms.body(programme: body.programme, body: body, state: state, context).render(context, status: status)
        }, save: {
            try await editor.save(Self.bodyInput(form, programme: body.$programme.id, network: body.$network.id), into: body)
        })
    }

    private static func seatInput(_ form: [String: String]) -> SeatInput {
        SeatInput(personId: form["personId"].nonEmpty.flatMap(Int.init), organizationId: form["organizationId"].nonEmpty.flatMap(Int.init),
                  position: form["position"].nonEmpty, deputyOfId: form["deputyOfId"].nonEmpty.flatMap(Int.init), startsOn: form["startsOn"], endsOn: form["endsOn"])
    }

    private static func seatState(_ member: BodyMember) -> FormState {
        FormState(values: ["personId": "\(member.$person.id)", "organizationId": member.$organization.id.map(String.init) ?? "", "position": member.position.rawValue,
                           "deputyOfId": member.$deputyOf.id.map(String.init) ?? "", "startsOn": member.startsOn ?? "", "endsOn": member.endsOn ?? ""])
    }

    func newSeat(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        return BodyForms.seat(body, seat: nil, people: try await AtlasOptions.people(req.db), organizations: try await AtlasOptions.organizations(req.db),
                              state: FormState(values: ["position": "member"]), context).render(context)
    }

    func addSeat(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let form = try req.content.decode([String: String].self)
        let (people, organizations) = (try await AtlasOptions.people(req.db), try await AtlasOptions.organizations(req.db))
        return try await req.submitForm(next: context.link(.body(body.requireID())), values: FormState(values: form), render: { state, status in
            BodyForms.seat(body, seat: nil, people: people, organizations: organizations, state: state, context).render(context, status: status)
        }, save: {
            try await BodyEditor(database: req.db).saveMember(Self.seatInput(form), body: body, into: BodyMember())
        })
    }

    func editSeat(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let member = try body.seat(req)
        return BodyForms.seat(body, seat: member, people: try await AtlasOptions.people(req.db), organizations: try await AtlasOptions.organizations(req.db),
                              state: Self.seatState(member), context).render(context)
    }

    func updateSeat(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let member = try body.seat(req)
        let form = try req.content.decode([String: String].self)
        let (people, organizations) = (try await AtlasOptions.people(req.db), try await AtlasOptions.organizations(req.db))
        let editor = BodyEditor(database: req.db)
        let remove = form["remove"] == "1"
        return try await req.submitForm(next: context.link(.body(body.requireID())), values: remove ? Self.seatState(member) : FormState(values: form),
                                        render: { state, status in
            BodyForms.seat(body, seat: member, people: people, organizations: organizations, state: state, context).render(context, status: status)
        }, save: {
            if remove { return try await editor.deleteMember(member) }
            try await editor.saveMember(Self.seatInput(form), body: body, into: member)
        })
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

    /// The programme's calls and projects an agenda item may concern.
    private func concerns(_ req: Request, _ body: GoverningBody, _ context: PageContext) async throws -> (calls: BodyForms.Options, projects: BodyForms.Options) {
        guard let programmeID = body.$programme.id else { return ([], []) }
        let calls: [Call] = try await CallLoader.visible(to: context.user, programme: programmeID, on: req.db)
        let projects: [Project] = try await Project.query(on: req.db).filter(\.$programme.$id == programmeID).sort(\.$nameFi).all()
        return (calls.map { (value: "\($0.id ?? 0)", label: CallsPage.title($0, context)) },
                projects.map { (value: "\($0.id ?? 0)", label: $0.name.display(context.language)) })
    }

    func newItem(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingAPI.meeting(req, of: body)
        let next = (meeting.items.map(\.number).max() ?? 0) + 1
        let (calls, projects) = try await concerns(req, body, context)
        return MeetingForms.item(body, meeting: meeting, projects: projects, calls: calls,
                                 state: FormState(values: ["number": "\(next)", "decisionPublic": "on"]), context).render(context)
    }

    func addItem(req: Request) async throws -> Response {
        let (body, context) = try await editable(req)
        let meeting = try await MeetingAPI.meeting(req, of: body)
        let form = try req.content.decode([String: String].self)
        let (calls, projects) = try await concerns(req, body, context)
        return try await req.submitForm(next: context.link(.meeting(body.id ?? 0, meeting.id ?? 0)), values: FormState(values: form), render: { state, status in
            MeetingForms.item(body, meeting: meeting, projects: projects, calls: calls, state: state, context).render(context, status: status)
        }, save: {
            guard let number = Int(form["number"] ?? "") else { throw Problem.validation(["number": "number.invalid"]) }
            let input = AgendaItemInput(number: number, title: form["title"], presenterId: form["presenterId"].nonEmpty.flatMap(Int.init),
                                        projectId: form["projectId"].nonEmpty.flatMap(Int.init), callId: form["callId"].nonEmpty.flatMap(Int.init),
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
