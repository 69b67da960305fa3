import Vapor

/// Guards a route group for admins only (a session or an API token of an admin): 401 for nobody, 403 for others.
struct AdminGuard: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = request.currentUser else { throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"]) }
        guard user.isAdmin else { throw Abort(.forbidden) }
        return try await next.respond(to: request)
    }
}
