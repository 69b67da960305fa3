import Fluent
import Vapor

/// Who keeps an ecosystem: admins, and the users who act for its coordinating organisation.
/// Anyone who acts for an organisation may start one; that organisation becomes its coordinator.
enum EcosystemAccess {
    static func canEdit(_ user: User, _ ecosystem: Ecosystem) -> Bool {
        user.isAdmin || (user.$organization.id != nil && user.$organization.id == ecosystem.$coordinator.id)
    }

    static func requireEditable(_ id: Int, by user: User, on database: any Database) async throws -> Ecosystem {
        guard let ecosystem = try await EcosystemLoader.find(id, on: database) else { throw Problem.notFound() }
        guard canEdit(user, ecosystem) else { throw Abort(.forbidden) }
        return ecosystem
    }
}

/// Loads ecosystems with what their pages and API answers show.
enum EcosystemLoader {
    static func query(_ database: any Database) -> QueryBuilder<Ecosystem> {
        Ecosystem.query(on: database)
            .with(\.$municipalities)
            .with(\.$linkedActors)
            .with(\.$wantedCompetences)
            .with(\.$goals)
            .with(\.$actions) { $0.with(\.$owner) }
            .with(\.$contactPerson)
            .with(\.$coordinator)
    }

    static func find(_ id: Int, on database: any Database) async throws -> Ecosystem? {
        try await query(database).filter(\.$id == id).first()
    }
}
