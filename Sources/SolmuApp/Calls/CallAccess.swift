import Fluent
import Vapor

/// Who runs a call: its programme's keepers (the strategy office, admins). The public sees published calls only.
enum CallAccess {
    /// Needs the call's programme loaded.
    static func canEdit(_ user: User?, _ call: Call) -> Bool {
        guard let user else { return false }
        return ProgrammeAccess.canEdit(user, call.programme)
    }

    static func canSee(_ user: User?, _ call: Call) -> Bool {
        call.published || canEdit(user, call)
    }

    /// The call for its office, or 404 / 403.
    static func requireEditable(_ id: Int, by user: User, on database: any Database) async throws -> Call {
        let call = try await CallLoader.require(id, for: user, on: database)
        guard canEdit(user, call) else { throw Abort(.forbidden) }
        return call
    }
}
