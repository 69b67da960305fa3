import Vapor

/// The public pages of governing bodies.
struct BodyPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.body(0), use: show)
        routes.get(.meeting(0, 0), use: meeting)
    }

    func show(req: Request) async throws -> Response {
        let body = try await BodyLoader.require(req.intParameter(), on: req.db)
        return BodyPage(body: body, meetings: try await MeetingAPI.meetings(of: body, on: req.db)).render(try PageContext(request: req))
    }

    func meeting(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let body = try await BodyLoader.require(req.intParameter(), on: req.db)
        let meeting = try await MeetingAPI.meeting(req, of: body)
        return MeetingPage(body: body, meeting: meeting, insider: try await BodyAccess.seesInternal(context.user, body, on: req.db)).render(context)
    }
}
