import Fluent
import Vapor

extension UsersPage {
    /// Every user by e-mail address, `viewer` (the admin looking) marked as themselves; `state` is the new-user form's.
    static func load(viewer: User, state: FormState = FormState(), on database: any Database) async throws -> UsersPage {
        let rows = try await AccountLoader.all(on: database).map { user in
            Row(id: try user.requireID(), name: user.name, email: user.email, role: user.role, isSelf: user.id == viewer.id)
        }
        return UsersPage(users: rows, state: state)
    }
}
