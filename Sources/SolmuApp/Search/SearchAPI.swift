import Vapor

/// `/api/v1/search`: the same search as the page, as JSON.
struct SearchAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("search", use: search)
    }

    func search(req: Request) async throws -> SearchResultsDTO {
        var errors: [String: String] = [:]
        let query = req.query[String.self, at: "q"].nonEmpty
        switch query {
        case nil: errors["q"] = "search.queryMissing"
        case let text? where text.count > 200: errors["q"] = "search.queryTooLong"
        default: break
        }
        var kinds = Set(SearchKind.allCases)
        if let raw = req.query[String.self, at: "kind"].nonEmpty {
            if let kind = SearchKind(rawValue: raw) { kinds = [kind] } else { errors["kind"] = "search.kindUnknown" }
        }
        let language = req.query[String.self, at: "lang"].flatMap(Language.init(rawValue:)) ?? .fi
        if let raw = req.query[String.self, at: "lang"], Language(rawValue: raw) == nil { errors["lang"] = "language.unknown" }
        guard errors.isEmpty, let query else { throw Problem.validation(errors) }
        let results = try await SiteSearch(database: req.db, language: language, viewer: req.currentUser, today: HelsinkiTime.day(req.now))
            .run(query, kinds: kinds)
        return SearchResultsDTO(results, language: language)
    }
}
