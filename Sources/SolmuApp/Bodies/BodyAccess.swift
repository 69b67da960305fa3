import Fluent
import Vapor

/// Who keeps a body's meetings: admins and the keepers of its programme (coordinator) or network (coordinator or
/// main implementer). Internal minutes and decisions are also seen by the body's own members (users who are those people).
enum BodyAccess {
    static func canEdit(_ user: User, _ body: GoverningBody, on database: any Database) async throws -> Bool {
        if user.isAdmin { return true }
        if let programme = body.programme, ProgrammeAccess.canEdit(user, programme) { return true }
        if let networkID = body.$network.id { return try await NetworkAccess.canEdit(user, networkID: networkID, on: database) }
        return false
    }

    /// Whether `user` (nobody when nil) keeps the body.
    static func canEdit(_ user: User?, _ body: GoverningBody, on database: any Database) async throws -> Bool {
        guard let user else { return false }
        return try await canEdit(user, body, on: database)
    }

    /// Needs members loaded.
    static func seesInternal(_ user: User?, _ body: GoverningBody, on database: any Database) async throws -> Bool {
        guard let user else { return false }
        if let personID = user.$person.id, body.members.contains(where: { $0.$person.id == personID }) { return true }
        return try await canEdit(user, body, on: database)
    }

    /// Who may add a body to a programme or network: that programme's or network's keepers.
    static func canCreate(_ user: User, programme: Programme?, networkID: Int?, on database: any Database) async throws -> Bool {
        if user.isAdmin { return true }
        if let programme { return ProgrammeAccess.canEdit(user, programme) }
        if let networkID { return try await NetworkAccess.canEdit(user, networkID: networkID, on: database) }
        return false
    }

    static func requireEditable(_ id: Int, by user: User, on database: any Database) async throws -> GoverningBody {
        let body = try await BodyLoader.require(id, on: database)
        guard try await canEdit(user, body, on: database) else { throw Abort(.forbidden) }
        return body
    }
}
