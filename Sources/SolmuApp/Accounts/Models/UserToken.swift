import Crypto
import Fluent
import Vapor

/// An API token for a program acting as a user. Only the SHA-256 of the token is stored;
/// the token itself is shown once, when it is created.
final class UserToken: Model, @unchecked Sendable {
    static let schema = "user_tokens"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "label") var label: String
    @Parent(key: "user_id") var user: User
    /// After this the token opens nothing; empty for tokens made before tokens expired.
    @OptionalField(key: "expires_at") var expiresAt: Date?

    init() {}

    /// Makes a new random token for `user`; returns the model to save and the plain token to show once.
    static func generate(for user: User, label: String) throws -> (UserToken, String) {
        let plain = "solmu_" + [UInt8].random(count: 32).base64URLEncoded
        let token = UserToken()
        token.tokenHash = hash(plain)
        token.label = label
        token.$user.id = try user.requireID()
        return (token, plain)
    }

    static func hash(_ plain: String) -> String {
        SHA256.hash(data: Data(plain.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

extension Array where Element == UInt8 {
    var base64URLEncoded: String {
        Data(self).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
