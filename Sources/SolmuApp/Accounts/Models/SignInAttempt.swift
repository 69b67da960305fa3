import Fluent
import Foundation

/// A failed sign-in, kept in the database so that every app instance slows down the same guesser.
final class SignInAttempt: Model, @unchecked Sendable {
    static let schema = "sign_in_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "address") var address: String
    @Field(key: "attempted_at") var attemptedAt: Date

    init() {}

    init(email: String, address: String, at date: Date = Date()) {
        self.email = email
        self.address = address
        self.attemptedAt = date
    }
}
