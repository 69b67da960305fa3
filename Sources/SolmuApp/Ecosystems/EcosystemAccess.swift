import Fluent
import Vapor

/// Who keeps an ecosystem: admins, and the users who act for its coordinating organisation.
/// Anyone who acts for an organisation may start one; that organisation becomes its coordinator.
enum EcosystemAccess {
    static func canEdit(_ user: User, _ ecosystem: Ecosystem) -> Bool {
        user.isAdmin || (user.$organization.id != nil && user.$organization.id == ecosystem.$coordinator.id)
    }

    static func requireEditable(_ id: Int, by user: User, on database: any Database) async throws -> Ecosystem {
        let ecosystem = try await EcosystemLoader.require(id, on: database)
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

    /// The ecosystem, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> Ecosystem {
        guard let ecosystem = try await find(id, on: database) else { throw Problem.notFound() }
        return ecosystem
    }

    /// Every ecosystem with what its pages show, in name order.
    static func all(on database: any Database) async throws -> [Ecosystem] {
        try await query(database).sort(\.$name).all()
    }

    /// The ecosystem's first `limit` actors by name, with their place and competences.
    /// Needs `municipalities` and `linkedActors` loaded.
    static func firstActors(_ ecosystem: Ecosystem, limit: Int, on database: any Database) async throws -> [Organization] {
        let ids = try await actorsByName(ecosystem, on: database).limit(limit).field(\.$id).all().compactMap(\.id)
        return try await OrganizationLoader.load(ids, on: database)
    }

    /// How many actors the ecosystem has. Needs `municipalities` and `linkedActors` loaded.
    static func actorCount(_ ecosystem: Ecosystem, on database: any Database) async throws -> Int {
        try await actorsByName(ecosystem, on: database).count()
    }

    /// The ecosystem's actors (located in its municipalities or linked to it) in name order.
    /// Needs `municipalities` and `linkedActors` loaded.
    static func actorsByName(_ ecosystem: Ecosystem, on database: any Database) -> QueryBuilder<Organization> {
        let codes = ecosystem.municipalities.compactMap(\.id)
        let linked = ecosystem.linkedActors.compactMap(\.id)
        return Organization.query(on: database)
            .group(.or) { $0.filter(\.$municipality.$id ~~ codes).filter(\.$id ~~ linked) }
            .sort(\.$sortName).sort(\.$id)
    }
}

extension Ecosystem {
    /// The goal named by the path's `goalId`, or 404. Needs `goals` loaded.
    func goal(_ req: Request) throws -> EcosystemGoal {
        guard let goal = goals.first(where: { $0.id == req.parameters.get("goalId").flatMap(Int.init) }) else { throw Problem.notFound() }
        return goal
    }

    /// The action named by the path's `actionId`, or 404. Needs `actions` loaded.
    func action(_ req: Request) throws -> EcosystemAction {
        guard let action = actions.first(where: { $0.id == req.parameters.get("actionId").flatMap(Int.init) }) else { throw Problem.notFound() }
        return action
    }
}
