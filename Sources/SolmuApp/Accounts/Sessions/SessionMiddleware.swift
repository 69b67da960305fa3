import Fluent
import Vapor

/// Signs in the user behind the `solmu_session` cookie, and sends a visitor's CSRF cookie when a form made one.
/// Reading a session writes nothing: a row is made only by `SignedInSessions.start` at sign-in.
struct SessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var stale = false
        if let value = request.cookies[SignedInSessions.cookieName]?.string, !value.isEmpty {
            if let session = try await SignedInSessions.find(value, on: request.db) {
                request.auth.login(session.user)
                request.storage[CurrentUserSession.self] = session
            } else {
                stale = true
            }
        }
        let response = try await next.respond(to: request)
        if stale, response.cookies[SignedInSessions.cookieName] == nil {
            response.cookies[SignedInSessions.cookieName] = .expired
        }
        if let token = request.storage[CSRF.PendingVisitorToken.self] {
            response.cookies[CSRF.cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: request.application.solmu.secureCookies, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }
}

enum CurrentUserSession: StorageKey {
    typealias Value = UserSession
}

extension Request {
    /// The signed-in browser's session; nil for visitors and API tokens.
    var userSession: UserSession? { storage[CurrentUserSession.self] }
}
