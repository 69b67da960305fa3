import Fluent
import Vapor

/// Loads a body's meetings with their agendas and attendance: for the meetings API and for the body's pages alike.
enum MeetingLoader {
    static func query(_ database: any Database) -> QueryBuilder<Meeting> {
        Meeting.query(on: database).with(\.$items).with(\.$attendance)
    }

    /// The body's meetings, latest first.
    static func meetings(of body: GoverningBody, on database: any Database) async throws -> [Meeting] {
        try await query(database).filter(\.$body.$id == body.requireID()).sort(\.$startsAt, .descending).all()
    }

    /// The body's meeting `id`, with its items and attendance, or 404 (also for another body's meeting).
    static func require(_ id: Int?, of body: GoverningBody, on database: any Database) async throws -> Meeting {
        guard let id, let meeting = try await query(database).filter(\.$id == id).filter(\.$body.$id == body.requireID()).first()
        else { throw Problem.notFound() }
        return meeting
    }

    /// The meeting named by the path's `meetingId`, of `body`, or 404.
    static func require(_ req: Request, of body: GoverningBody) async throws -> Meeting {
        try await require(req.parameters.get("meetingId").flatMap(Int.init), of: body, on: req.db)
    }
}
