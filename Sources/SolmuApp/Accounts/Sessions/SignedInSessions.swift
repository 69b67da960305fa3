import Fluent
import Vapor

/// Starting, finding and ending the sessions of signed-in browsers.
enum SignedInSessions {
    static let cookieName = "solmu_session"
    /// A session lasts a working day from sign-in, however it is used.
    static let lifetime: TimeInterval = 8 * 3600

    static func find(_ cookie: String, on database: any Database, now: Date = Date()) async throws -> UserSession? {
        guard cookie.utf8.count == 43 else { return nil }
        return try await UserSession.query(on: database)
            .filter(\.$tokenHash == UserToken.hash(cookie))
            .filter(\.$expiresAt > now)
            .with(\.$user)
            .first()
    }

    /// A new session for `user`, set as the response's cookie. Any session the browser had before ends (so a session
    /// fixed before sign-in is worth nothing).
    static func start(for user: User, request: Request, response: Response) async throws {
        if let old = request.userSession { try await old.delete(on: request.db) }
        let (secret, hash) = PrivateLink.make()
        let now = Date()
        let session = UserSession(
            tokenHash: hash, userID: try user.requireID(), csrfToken: [UInt8].random(count: 24).base64URLEncoded,
            createdAt: now, expiresAt: now.addingTimeInterval(lifetime))
        try await session.create(on: request.db)
        response.cookies[cookieName] = HTTPCookies.Value(
            string: secret, maxAge: Int(lifetime), path: "/", isSecure: request.application.solmu.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
    }

    static func end(request: Request, response: Response) async throws {
        if let session = request.userSession { try await session.delete(on: request.db) }
        request.auth.logout(User.self)
        response.cookies[cookieName] = .expired
    }

    /// Removes expired sessions; returns how many.
    @discardableResult
    static func purge(on database: any Database, now: Date = Date()) async throws -> Int {
        try await UserSession.query(on: database).filter(\.$expiresAt <= now).deleteCounting()
    }
}
