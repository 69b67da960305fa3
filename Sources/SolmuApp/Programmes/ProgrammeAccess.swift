import Fluent
import Vapor

/// Who keeps a programme: admins, and the users who act for its coordinating organisation (the strategy office).
/// Anyone who acts for an organisation (`User.mayStartForOrganization`) may start a programme; that organisation becomes its coordinator.
enum ProgrammeAccess {
    static func canEdit(_ user: User, _ programme: Programme) -> Bool {
        user.isAdmin || (user.$organization.id != nil && user.$organization.id == programme.$coordinator.id)
    }

    /// The programme for editing, or 404 / 403.
    static func requireEditable(_ id: Int, by user: User, on database: any Database) async throws -> Programme {
        let programme = try await ProgrammeLoader.require(id, on: database)
        guard canEdit(user, programme) else { throw Abort(.forbidden) }
        return programme
    }
}
