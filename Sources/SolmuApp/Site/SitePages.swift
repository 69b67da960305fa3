import Vapor

/// The pages that belong to the whole site rather than one feature: the front page and the design system's page.
struct SitePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: home)
        routes.get(.design, use: design)
    }

    func home(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await HomePage.load(
            viewer: context.user, now: req.now, today: HelsinkiTime.day(req.now), language: context.language, on: req.db
        ).render(context)
    }

    func design(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return DesignPage().render(context)
    }
}
