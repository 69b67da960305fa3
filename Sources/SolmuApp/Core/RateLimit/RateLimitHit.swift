import Fluent
import Foundation

/// One counted action of a client (an anonymous registration, a mail to an unconfirmed address), kept in the
/// database so that every app instance counts the same client alike. The key is a hash: no address is kept.
final class RateLimitHit: Model, @unchecked Sendable {
    static let schema = "rate_limit_hits"

    @ID(key: .id) var id: UUID?
    @Field(key: "bucket") var bucket: String
    @Field(key: "key_hash") var keyHash: String
    @Field(key: "at") var at: Date

    init() {}

    init(bucket: String, keyHash: String, at: Date) {
        self.bucket = bucket
        self.keyHash = keyHash
        self.at = at
    }
}
