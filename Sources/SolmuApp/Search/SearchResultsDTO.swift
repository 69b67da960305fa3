import Vapor

/// The API's search answer (`SearchResults` in the OpenAPI document).
struct SearchResultsDTO: Content {
    struct Group: Codable {
        var kind: SearchKind
        var total: Int
        var items: [Hit]
    }

    struct Hit: Codable {
        var kind: SearchKind
        var id: String
        var title: String
        var detail: String?
        var url: String

        // `detail` is always present, null when there is nothing to say.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(detail, forKey: .detail)
            try container.encode(url, forKey: .url)
        }
    }

    var query: String
    var total: Int
    var groups: [Group]
    var suggestions: [String]

    init(_ results: SearchResults, language: Language) {
        query = results.query
        total = results.total
        groups = results.groups.map { group in
            Group(
                kind: group.kind, total: group.total,
                items: group.hits.map { Hit(kind: $0.kind, id: $0.id, title: $0.title, detail: $0.detail, url: "/\(language.rawValue)\($0.path)") })
        }
        suggestions = results.suggestions
    }
}
