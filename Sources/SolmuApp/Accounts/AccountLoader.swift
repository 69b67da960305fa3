import Fluent
import Vapor

/// Reads user accounts for the sign-in and the admins' user management.
enum AccountLoader {
    /// Every user, by e-mail address.
    static func all(on database: any Database) async throws -> [User] {
        try await User.query(on: database).sort(\.$email).all()
    }

    /// The user with the (normalised) e-mail address `email`, if any.
    static func withEmail(_ email: String, on database: any Database) async throws -> User? {
        try await User.query(on: database).filter(\.$email == email).first()
    }

    /// The user `id`, if any.
    static func find(_ id: UUID, on database: any Database) async throws -> User? {
        try await User.find(id, on: database)
    }
}
