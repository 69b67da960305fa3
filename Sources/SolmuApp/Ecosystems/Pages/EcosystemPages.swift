import Fluent
import Vapor

/// The ecosystems' public pages: the list, each one's situational picture, and its Invest-in profile.
struct EcosystemPages: RouteCollection {
    static let actorListLimit = 200

    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.ecosystems, use: list)
        routes.get(.ecosystem(0), use: show)
        routes.get(.investIn(0), use: investIn)
        routes.get(.compareEcosystems, use: compare)
        signedIn.post(.ecosystemSuggestions(0), use: markSuggestion)
    }

    private func find(_ req: Request) async throws -> Ecosystem {
        try await EcosystemLoader.require(req.intParameter(), on: req.db)
    }

    /// The ecosystem's actors (located there or linked) in name order, the first `limit` of them.
    private func firstActors(_ ecosystem: Ecosystem, limit: Int, on database: any Database) async throws -> [Organization] {
        let ids = try await EcosystemLoader.actorsByName(ecosystem, on: database).limit(limit).field(\.$id).all().compactMap(\.id)
        return try await OrganizationLoader.load(ids, on: database)
    }

    func list(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return EcosystemsPage(ecosystems: try await EcosystemLoader.query(req.db).sort(\.$name).all(),
                              canCreate: context.user.map(\.mayStartForOrganization) ?? false).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let ecosystem = try await find(req)
        let picture = try await SituationalPicture.build(ecosystem, on: req.db)
        let competences = try await Competence.query(on: req.db).all().reduce(into: [String: Competence]()) { $0[$1.id ?? ""] = $1 }
        let actors = try await firstActors(ecosystem, limit: Self.actorListLimit, on: req.db)
        let suggestions = try await PartnerSuggestions(database: req.db).items(for: ecosystem, picture: picture)
        return SituationalPicturePage(ecosystem: ecosystem, picture: picture, competenceNames: competences,
                                      actors: actors.map { OrganizationSummary($0, context.language) },
                                      suggestions: suggestions, words: try await ReasonWords.load(req.db),
                                      canEdit: context.user.map { EcosystemAccess.canEdit($0, ecosystem) } ?? false,
                                      graph: try await CollaborationGraphLoader.around(picture.actorIDs, on: req.db),
                                      platforms: try await LinkedPlatforms.load(.ecosystem(ecosystem.requireID()), on: req.db)).render(context)
    }

    struct SuggestionForm: Content {
        var organizationId: Int?
        var competence: String?
        var status: String?
    }

    func markSuggestion(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let form = try req.content.decode(SuggestionForm.self)
        guard let organizationID = form.organizationId, let competence = form.competence,
              let status = form.status.flatMap(EcosystemSuggestion.Status.init(rawValue:)) else { throw Abort(.badRequest) }
        try await PartnerSuggestions(database: req.db).mark(ecosystem: ecosystem, organizationID: organizationID, competence: competence, status: status)
        let context = try PageContext(request: req)
        return req.redirect(to: context.link(.ecosystem(try ecosystem.requireID())) + "#suggestions", redirectType: .normal)
    }

    func compare(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let all = try await Ecosystem.query(on: req.db).sort(\.$name).all()
        let ids = (try? req.query.get([String].self, at: "ids"))?.compactMap(Int.init) ?? []
        guard !ids.isEmpty else { return ComparisonPage(all: all, chosen: [], comparison: nil, error: nil).render(context) }
        do {
            let comparison = try await EcosystemComparison.build(ids: ids, on: req.db)
            return ComparisonPage(all: all, chosen: Set(ids), comparison: comparison, error: nil).render(context)
        } catch let problem as Problem {
            return ComparisonPage(all: all, chosen: Set(ids), comparison: nil, error: problem.fieldErrors["ids"]).render(context, status: problem.status)
        }
    }

    func investIn(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let ecosystem = try await find(req)
        // The profile introduces the actors; a large ecosystem shows the first hundred by name.
        let actors = try await firstActors(ecosystem, limit: 100, on: req.db)
        let count = try await EcosystemLoader.actorsByName(ecosystem, on: req.db).count()
        return InvestInPage(ecosystem: ecosystem, actors: actors.map { OrganizationSummary($0, context.language) }, actorCount: count).render(context)
    }
}
