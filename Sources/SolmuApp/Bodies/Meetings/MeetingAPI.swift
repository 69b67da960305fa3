import Fluent
import Vapor

/// `/api/v1/bodies/{id}/meetings`: a body's meetings with their agendas, decisions and attendance.
/// Reading is open (internal minutes and decisions left out for outsiders); the body's keepers write.
struct MeetingAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let meetings = routes.grouped("bodies", ":id", "meetings")
        meetings.get(use: list)
        meetings.post(use: create).accepts(MeetingInput.self)
        meetings.get(":meetingId", use: show)
        meetings.patch(":meetingId", use: update).accepts(MeetingInput.self)
        meetings.delete(":meetingId", use: delete)
        meetings.post(":meetingId", "items", use: addItem).accepts(AgendaItemInput.self)
        meetings.patch(":meetingId", "items", ":itemId", use: updateItem).accepts(AgendaItemInput.self)
        meetings.put(":meetingId", "attendance", use: attendance).accepts(AttendanceInput.self)
    }

    private func editable(_ req: Request) async throws -> (GoverningBody, MeetingEditor) {
        let user = try req.user
        let body = try await BodyAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return (body, MeetingEditor(database: req.db, body: body))
    }

    func list(req: Request) async throws -> Response {
        let body = try await BodyLoader.require(req.intParameter(), on: req.db)
        let insider = try await BodyAccess.seesInternal(req.currentUser, body, on: req.db)
        return try await req.wholeList(
            try await MeetingLoader.meetings(of: body, on: req.db), csv: "solmu-body-\(body.id ?? 0)-meetings.csv",
            header: Meeting.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO(insider: insider) })
    }

    func show(req: Request) async throws -> MeetingDTO {
        let body = try await BodyLoader.require(req.intParameter(), on: req.db)
        return try await MeetingLoader.require(req, of: body).toDTO(insider: BodyAccess.seesInternal(req.currentUser, body, on: req.db))
    }

    func create(req: Request) async throws -> Response {
        let (body, editor) = try await editable(req)
        let meeting = Meeting()
        try await editor.save(req.decodeJSON(MeetingInput.self), into: meeting)
        meeting.$items.value = []
        meeting.$attendance.value = []
        return try await req.created(meeting.toDTO(insider: true), at: "/api/v1/bodies/\(try body.requireID())/meetings/\(try meeting.requireID())")
    }

    func update(req: Request) async throws -> MeetingDTO {
        let (body, editor) = try await editable(req)
        let meeting = try await MeetingLoader.require(req, of: body)
        try await editor.save(MergePatch.apply(req, to: meeting.input), into: meeting)
        return try meeting.toDTO(insider: true)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let (body, editor) = try await editable(req)
        try await editor.delete(MeetingLoader.require(req, of: body))
        return .noContent
    }

    func addItem(req: Request) async throws -> Response {
        let (body, editor) = try await editable(req)
        let meeting = try await MeetingLoader.require(req, of: body)
        try await editor.saveItem(req.decodeJSON(AgendaItemInput.self), meeting: meeting, into: AgendaItem())
        let saved = try await MeetingLoader.require(req, of: body)
        return try await req.created(saved.toDTO(insider: true), at: "/api/v1/bodies/\(try body.requireID())/meetings/\(try saved.requireID())")
    }

    func updateItem(req: Request) async throws -> MeetingDTO {
        let (body, editor) = try await editable(req)
        let meeting = try await MeetingLoader.require(req, of: body)
        guard let id = req.parameters.get("itemId").flatMap(Int.init), let item = meeting.items.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        try await editor.saveItem(MergePatch.apply(req, to: item.input), meeting: meeting, into: item)
        return try await MeetingLoader.require(req, of: body).toDTO(insider: true)
    }

    func attendance(req: Request) async throws -> MeetingDTO {
        let (body, editor) = try await editable(req)
        let meeting = try await MeetingLoader.require(req, of: body)
        try await editor.saveAttendance(req.decodeJSON(AttendanceInput.self), meeting: meeting)
        return try await MeetingLoader.require(req, of: body).toDTO(insider: true)
    }
}
