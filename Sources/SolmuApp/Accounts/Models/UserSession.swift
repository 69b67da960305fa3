import Fluent
import Vapor

/// A signed-in browser. Made only at sign-in (never for a visitor, never for an API token), ended at sign-out or when it
/// expires; `solmu purge` (and the server, daily) removes expired ones. Only the SHA-256 of the cookie is stored, so the
/// table alone opens nothing.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "user_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: User
    /// The session's CSRF token, echoed by its forms and API writes.
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(tokenHash: String, userID: UUID, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
