import Fluent
import Vapor

/// The ecosystems' public pages: the list, each one's situational picture, and its Invest-in profile.
struct EcosystemPages: RouteCollection {
    static let actorListLimit = 200

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.ecosystems, use: list)
        routes.get(.ecosystem(0), use: show)
        routes.get(.investIn(0), use: investIn)
    }

    private func find(_ req: Request) async throws -> Ecosystem {
        guard let ecosystem = try await EcosystemLoader.find(req.intParameter(), on: req.db) else { throw Problem.notFound() }
        return ecosystem
    }

    /// The ecosystem's actors (located there or linked) in name order, the first `limit` of them.
    private func firstActors(_ ecosystem: Ecosystem, limit: Int, on database: any Database) async throws -> [Organization] {
        let codes = ecosystem.municipalities.compactMap(\.id)
        let linked = ecosystem.linkedActors.compactMap(\.id)
        let ids = try await Organization.query(on: database)
            .group(.or) { $0.filter(\.$municipality.$id ~~ codes).filter(\.$id ~~ linked) }
            .sort(\.$sortName).sort(\.$id).limit(limit).field(\.$id).all().compactMap(\.id)
        return try await OrganizationLoader.load(ids, on: database)
    }

    func list(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return EcosystemsPage(ecosystems: try await EcosystemLoader.query(req.db).sort(\.$name).all()).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let ecosystem = try await find(req)
        let picture = try await SituationalPicture.build(ecosystem, on: req.db)
        let competences = try await Competence.query(on: req.db).all().reduce(into: [String: Competence]()) { $0[$1.id ?? ""] = $1 }
        let actors = try await firstActors(ecosystem, limit: Self.actorListLimit, on: req.db)
        return SituationalPicturePage(ecosystem: ecosystem, picture: picture, competenceNames: competences,
                                      actors: actors.map { OrganizationSummary($0, context.language) }).render(context)
    }

    func investIn(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let ecosystem = try await find(req)
        let ids = try await SituationalPicture.actorIDs(of: ecosystem, on: req.db)
        // The profile introduces the actors; a large ecosystem shows the first hundred by name.
        let actors = try await firstActors(ecosystem, limit: 100, on: req.db)
        return InvestInPage(ecosystem: ecosystem, actors: actors.map { OrganizationSummary($0, context.language) }, actorCount: ids.count).render(context)
    }
}
