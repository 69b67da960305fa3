import Fluent
import Vapor

/// Finds the user behind `Authorization: Bearer <token>`.
struct BearerTokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = UserToken.hash(bearer.token)
        guard let token = try await UserToken.query(on: request.db).filter(\.$tokenHash == hash).with(\.$user).first(),
            token.expiresAt.map({ $0 > Date() }) ?? true
        else { return }
        request.auth.login(token.user)
        request.storage[AuthenticatedByToken.self] = true
    }
}

enum AuthenticatedByToken: StorageKey {
    typealias Value = Bool
}

extension Request {
    var currentUser: User? { auth.get(User.self) }

    /// The client's address. Behind `trustedProxies` proxies it is the `X-Forwarded-For` entry that many from the
    /// right (each proxy appends the address it was reached from); entries further left are the client's own words.
    var clientAddress: String {
        let proxies = application.solmu.trustedProxies
        if proxies > 0 {
            let entries = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            if entries.count >= proxies, !entries[entries.count - proxies].isEmpty { return entries[entries.count - proxies] }
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }

    /// The signed-in caller of an API operation the document marks as signed-in only: `APIAccessGuard` has already
    /// answered 401 to anyone else (and checked a session's CSRF token), so this only hands the user over.
    var user: User {
        get throws {
            guard let user = currentUser else { throw Abort(.unauthorized) }
            return user
        }
    }
}
