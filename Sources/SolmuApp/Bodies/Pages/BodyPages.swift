import Vapor

/// The public pages of governing bodies.
struct BodyPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.body(0), use: show)
    }

    func show(req: Request) async throws -> Response {
        BodyPage(body: try await BodyLoader.require(req.intParameter(), on: req.db)).render(try PageContext(request: req))
    }
}
