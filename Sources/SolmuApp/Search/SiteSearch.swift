import Fluent
import Foundation

/// One search across what Solmu holds: places, organisations, people who agreed to be public, networks, ecosystems,
/// programmes, projects, calls and events, grouped by kind with counts. Words are folded as the atlas folds them
/// (`hameenlinna` finds Hämeenlinna, Hämeenlinnassa, Hämeenlinnan) and each word of the query must begin a word of
/// the thing. Organisations, the one kind that grows to tens of thousands, come from the atlas's full-text index;
/// the other kinds are read whole (hundreds of rows) and matched here.
struct SiteSearch {
    let database: any Database
    let language: Language
    let viewer: User?
    let today: String

    /// How many hits each group shows; its total counts them all.
    static let hitsPerKind = 8

    func run(_ query: String, kinds: Set<SearchKind> = Set(SearchKind.allCases)) async throws -> SearchResults {
        let terms = SearchFolding.terms(query)
        guard !terms.isEmpty else { return SearchResults(query: query, groups: [], suggestions: []) }
        var groups: [SearchGroup] = []
        var vocabulary: [SearchCandidate] = []
        for kind in SearchKind.allCases where kinds.contains(kind) {
            if kind == .organization {
                groups.append(try await organizations(query))
                continue
            }
            let candidates = try await SearchCandidates(database: database, language: language, viewer: viewer, today: today).load(kind)
            vocabulary += candidates
            let ranked = candidates.map { ($0, $0.score(terms)) }.filter { $0.1 > 0 }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.hit.title.localizedCompare($1.0.hit.title) == .orderedAscending }
            groups.append(SearchGroup(kind: kind, total: ranked.count, hits: ranked.prefix(Self.hitsPerKind).map(\.0.hit)))
        }
        let found = groups.filter { $0.total > 0 }
        let suggestions = found.isEmpty ? SpellingSuggestions(vocabulary.flatMap(\.nameWords)).queries(near: terms) : []
        return SearchResults(query: query, groups: found, suggestions: suggestions)
    }

    private func organizations(_ query: String) async throws -> SearchGroup {
        let page = try await OrganizationSearch(database: database).page(OrganizationFilter(query: query), limit: Self.hitsPerKind, offset: 0)
        let hits = try await OrganizationLoader.load(page.ids, on: database).map { organization in
            SearchHit(
                kind: .organization, id: "\(organization.id ?? 0)", title: organization.name,
                detail: [language.t(organization.type.labelKey), organization.municipality?.name(language)].compactMap { $0 }.joined(
                    separator: " · "),
                path: SiteURL.organization(organization.id ?? 0).pathWithoutLanguage)
        }
        return SearchGroup(kind: .organization, total: page.total, hits: hits)
    }
}

extension SiteURL {
    /// The path after the language prefix: `/municipalities/109`.
    var pathWithoutLanguage: String {
        String(path(.fi).dropFirst(3))
    }
}
