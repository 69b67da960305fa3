import Fluent
import Vapor

/// Who keeps a network: admins, and the users who act for its coordinating organisation
/// (coordinator or main implementer). Anyone who acts for an organisation (`User.mayStartForOrganization`) may start a network;
/// that organisation becomes its coordinator.
enum NetworkAccess {
    static func canEdit(_ user: User, networkID: Int, on database: any Database) async throws -> Bool {
        if user.isAdmin { return true }
        guard let organizationID = user.$organization.id else { return false }
        let roles = try await NetworkMember.query(on: database)
            .filter(\.$network.$id == networkID).filter(\.$organization.$id == organizationID).all().map(\.role)
        return roles.contains { $0.coordinates }
    }

    /// The networks `user` keeps, by name: every one for an admin, else those their organisation coordinates (one query,
    /// not one a network).
    static func kept(by user: User, on database: any Database) async throws -> [Network] {
        if user.isAdmin { return try await Network.query(on: database).sort(\.$name).all() }
        guard let organizationID = user.$organization.id else { return [] }
        let ids = try await NetworkMember.query(on: database).filter(\.$organization.$id == organizationID).all()
            .filter { $0.role.coordinates }.map(\.$network.id)
        return ids.isEmpty ? [] : try await Network.query(on: database).filter(\.$id ~~ ids).sort(\.$name).all()
    }

    /// The network for editing, or 404 / 403.
    static func requireEditable(_ networkID: Int, by user: User, on database: any Database) async throws -> Network {
        let network = try await NetworkLoader.require(networkID, on: database)
        guard try await canEdit(user, networkID: networkID, on: database) else { throw Abort(.forbidden) }
        return network
    }

    /// After a non-admin creates a network, their organisation coordinates it.
    static func makeCreatorCoordinator(_ user: User, of network: Network, on database: any Database) async throws {
        guard let organizationID = user.$organization.id, !user.isAdmin else { return }
        let member = NetworkMember()
        member.$network.id = try network.requireID()
        member.$organization.id = organizationID
        member.role = .coordinator
        try await member.create(on: database)
    }
}
