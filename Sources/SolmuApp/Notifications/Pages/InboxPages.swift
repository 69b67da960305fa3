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
        let messages = try await InboxAPI.messages(of: user, on: req.db)
        let page = InboxPage(messages: messages).render(context)
        try await InboxMessage.query(on: req.db).filter(\.$user.$id == user.requireID()).filter(\.$readAt == nil).set(\.$readAt, to: Date()).update()
        return page
    }
}
