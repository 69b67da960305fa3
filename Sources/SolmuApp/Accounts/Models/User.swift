import Fluent
import Vapor

/// Someone who signs in: an editor keeps organisations and people, an admin also manages users.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    enum Role: String, Codable, CaseIterable, Sendable {
        case editor, admin
    }

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: Role
    /// The organisation the user acts for, if any.
    @OptionalParent(key: "organization_id") var organization: Organization?
    /// The person in the atlas this user is, if any: a project's contact person manages that project.
    @OptionalParent(key: "person_id") var person: Person?

    init() {}

    init(email: String, name: String, passwordHash: String, role: Role) {
        self.email = User.normalize(email: email)
        self.name = name
        self.passwordHash = passwordHash
        self.role = role
    }

    static func normalize(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    var isAdmin: Bool { role == .admin }
}

extension User: Authenticatable {}
