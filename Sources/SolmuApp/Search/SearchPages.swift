import Vapor

/// `/{lang}/search?q=`: one search for everything.
struct SearchPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.search, use: search)
    }

    func search(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        // Long pastes are cut rather than refused: the page always answers with its form.
        let query = String((req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        let results =
            query.isEmpty
            ? nil
            : try await SiteSearch(database: req.db, language: context.language, viewer: context.user, today: HelsinkiTime.day(req.now)).run(query)
        return SearchPage(query: query, results: results).render(context)
    }
}
