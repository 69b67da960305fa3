import Vapor

/// Guards a route group of pages for signed-in users (and, with `admin`, for admins): a visitor is sent to sign in and
/// brought back afterwards, a signed-in user without the role gets 403. Handlers in the group take the user from
/// `req.user`; what they may do with a given record stays with the feature's access checks.
struct SignedInPageGuard: AsyncMiddleware {
    var admin = false

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = request.currentUser else { throw Self.signIn(request) }
        if admin && !user.isAdmin { throw Abort(.forbidden) }
        return try await next.respond(to: request)
    }

    /// To the sign-in page, and back here afterwards.
    static func signIn(_ request: Request) -> Abort {
        let language = (try? request.language()) ?? .fi
        let back = request.url.path + (request.url.query.map { "?\($0)" } ?? "")
        return Abort.redirect(to: SiteURL.signIn.path(language, query: ["next": back]))
    }

    /// Set on the routes of a signed-in group, so that the form guard leaves a visitor's post to this guard (the
    /// visitor is sent to sign in, not told their form was forged).
    struct MarkKey: Hashable {}
}

extension RoutesBuilder {
    /// Pages only signed-in users see.
    func signedIn() -> any RoutesBuilder {
        MarkedRoutes(base: self, key: SignedInPageGuard.MarkKey(), value: true).grouped(SignedInPageGuard())
    }

    /// Pages only admins see.
    func admins() -> any RoutesBuilder {
        MarkedRoutes(base: self, key: SignedInPageGuard.MarkKey(), value: true).grouped(SignedInPageGuard(admin: true))
    }
}

/// A routes builder that marks each route it adds (in `userInfo`), for a middleware that treats a group's routes alike.
struct MarkedRoutes<Key: Hashable & Sendable>: RoutesBuilder {
    let base: any RoutesBuilder
    let key: Key
    let value: any Sendable

    func add(_ route: Route) {
        route.userInfo[key] = value
        base.add(route)
    }
}
