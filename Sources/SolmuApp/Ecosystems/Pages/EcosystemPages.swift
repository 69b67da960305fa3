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

    func list(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await EcosystemsPage.load(viewer: context.user, language: context.language, on: req.db).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await SituationalPicturePage.load(id: req.intParameter(), viewer: context.user, language: context.language, on: req.db).render(
            context)
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
            let status = form.status.flatMap(EcosystemSuggestion.Status.init(rawValue:))
        else { throw Abort(.badRequest) }
        try await PartnerSuggestions(database: req.db).mark(
            ecosystem: ecosystem, organizationID: organizationID, competence: competence, status: status)
        let context = try PageContext(request: req)
        return req.redirect(to: context.link(.ecosystem(try ecosystem.requireID())) + "#suggestions", after: .sent)
    }

    func compare(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let ids = (try? req.query.get([String].self, at: "ids"))?.compactMap(Int.init) ?? []
        return try await ComparisonPage.load(chosen: ids, on: req.db).render(context)
    }

    func investIn(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await InvestInPage.load(id: req.intParameter(), viewer: context.user, language: context.language, on: req.db).render(
            context)
    }
}
