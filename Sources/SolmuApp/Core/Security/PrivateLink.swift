import Foundation
import Vapor

/// The secret in a private link (a registration's, an assessment's): 32 random bytes as 43 base64url characters,
/// so it cannot be guessed; only its SHA-256 is stored, so the database alone does not open anything.
enum PrivateLink {
    static func make() -> (token: String, hash: String) {
        let token = [UInt8].random(count: 32).base64URLEncoded
        return (token, UserToken.hash(token))
    }

    /// Whether `token` has the shape of a secret we hand out (checked before it is hashed and looked up).
    static func isWellFormed(_ token: String) -> Bool {
        token.count == 43 && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
