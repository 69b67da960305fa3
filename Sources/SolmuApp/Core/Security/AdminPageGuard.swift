import Vapor

/// Guards a route group of pages for admins: a visitor is sent to sign in (and brought back), others get 403.
struct AdminPageGuard: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        _ = try request.requirePageUser(admin: true)
        return try await next.respond(to: request)
    }
}
