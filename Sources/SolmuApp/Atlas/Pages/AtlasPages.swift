import Fluent
import Vapor

/// The public atlas: the organisation search and an organisation's page.
struct AtlasPages: RouteCollection {
    static let pageSize = 20

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.organizations, use: search)
        routes.get(.organization(0), use: show)
    }

    func search(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let filter = try OrganizationFilter(req)
        let page = max(1, req.query[Int.self, at: "page"] ?? 1)
        return try await OrganizationSearchPage.load(
            filter: filter, page: page, pageSize: Self.pageSize, language: context.language, viewer: context.user,
            today: HelsinkiTime.day(req.now), on: req.db
        ).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await OrganizationPage.load(id: req.intParameter(), viewer: context.user, language: context.language, on: req.db).render(context)
    }
}
