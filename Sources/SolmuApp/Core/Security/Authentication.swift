import Fluent
import Vapor

/// Finds the user behind `Authorization: Bearer <token>`.
struct BearerTokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = UserToken.hash(bearer.token)
        guard let token = try await UserToken.query(on: request.db).filter(\.$tokenHash == hash).with(\.$user).first() else { return }
        request.auth.login(token.user)
        request.storage[AuthenticatedByToken.self] = true
    }
}

enum AuthenticatedByToken: StorageKey {
    typealias Value = Bool
}

extension Request {
    var currentUser: User? { auth.get(User.self) }

    /// The client's address: the first `X-Forwarded-For` entry when Solmu runs behind a trusted proxy
    /// (otherwise every user would share the load balancer's address, and one guesser would lock out all).
    var clientAddress: String {
        if application.solmu.trustForwardedFor,
           let forwarded = headers.first(name: .xForwardedFor)?.split(separator: ",").first?.trimmingCharacters(in: .whitespaces),
           !forwarded.isEmpty {
            return forwarded
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }

    /// The signed-in user allowed to edit, or 401 (nobody) / 403 (not allowed).
    /// An API call that changes something and relies on the session cookie must also echo the CSRF token
    /// (a read changes nothing, so a link to a signed-in CSV download works as it is).
    func requireEditor(admin: Bool = false) throws -> User {
        guard let user = currentUser else { throw Abort(.unauthorized) }
        if admin && !user.isAdmin { throw Abort(.forbidden) }
        if method != .GET, method != .HEAD, url.path.hasPrefix("/api/"), storage[AuthenticatedByToken.self] != true,
           !CSRF.isValid(headers.first(name: CSRF.header), for: self) {
            throw Problem(status: .forbidden, titleKey: "problem.csrf.title", detailKey: "problem.csrf.detail")
        }
        return user
    }
}

extension Request {
    /// For pages: the signed-in user, or a redirect to the sign-in page that comes back here afterwards.
    func requirePageUser(admin: Bool = false) throws -> User {
        guard let user = currentUser else {
            let language = (try? self.language()) ?? .fi
            throw Abort.redirect(to: SiteURL.signIn.path(language, query: ["next": url.path + (url.query.map { "?\($0)" } ?? "")]))
        }
        if admin && !user.isAdmin { throw Abort(.forbidden) }
        return user
    }
}
