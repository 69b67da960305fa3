import Fluent
import Vapor

/// The inbox page; opening it marks what it shows as read.
struct InboxPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        signedIn.get(.inbox, use: show)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let page = try await InboxPage.load(for: user, language: context.language, on: req.db).render(context)
        try await InboxEditor(database: req.db).markAllRead(of: user)
        return page
    }
}
