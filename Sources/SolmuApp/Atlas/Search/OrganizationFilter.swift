/// What a visitor or a program narrows the atlas with; the same value serves the pages, the API and CSV.
struct OrganizationFilter: Sendable, Equatable {
    var query: String?
    var type: OrganizationType?
    var regionCode: String?
    var municipalityCode: String?
    var competenceID: String?

    var terms: [String] { query.map(SearchFolding.terms) ?? [] }
    var isEmpty: Bool { terms.isEmpty && type == nil && regionCode == nil && municipalityCode == nil && competenceID == nil }
}
