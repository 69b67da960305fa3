import Fluent
import Foundation

extension OrganizationSearchPage {
    /// The page's loader: page `page` (from 1) of the organisations the filter finds, `pageSize` to a page, with the
    /// filter's choices and the link to the same search as CSV, named in `language`.
    static func load(
        filter: OrganizationFilter, page: Int, pageSize: Int, language: Language, viewer: User?, today: String, on database: any Database
    ) async throws -> OrganizationSearchPage {
        let found = try await OrganizationSearch(database: database).page(filter, limit: pageSize, offset: (page - 1) * pageSize)
        let organizations = try await OrganizationLoader.load(found.ids, on: database)
        var csvQuery = [
            "format": "csv", "q": filter.query, "type": filter.type?.rawValue, "region": filter.regionCode,
            "municipality": filter.municipalityCode, "competence": filter.competenceID,
        ]
        csvQuery = csvQuery.filter { $0.value != nil }
        let csvLink =
            "/api/v1/organizations?"
            + csvQuery.sorted { $0.key < $1.key }
            .map { "\($0.key)=\(($0.value ?? "").addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "")" }.joined(separator: "&")
        var elsewhere: SearchResults?
        if found.total == 0, let query = filter.query, !filter.terms.isEmpty {
            var kinds = Set(SearchKind.allCases)
            kinds.remove(.organization)
            elsewhere = try await SiteSearch(database: database, language: language, viewer: viewer, today: today).run(query, kinds: kinds)
        }
        return OrganizationSearchPage(
            filter: filter, options: try await AtlasOptions.load(database, language),
            results: organizations.map { OrganizationSummary($0, language) },
            total: found.total, page: page, pageSize: pageSize, csvLink: csvLink, elsewhere: elsewhere)
    }
}
