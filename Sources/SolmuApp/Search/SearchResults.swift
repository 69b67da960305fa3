/// One thing a search found: what it is, its name in the page's language, a line about it, and where it is.
struct SearchHit: Sendable, Equatable {
    var kind: SearchKind
    var id: String
    var title: String
    var detail: String?
    /// The page, without its language prefix (`/municipalities/109`), so one hit serves every language.
    var path: String
}

/// The hits of one kind: the first few, and how many there are in all.
struct SearchGroup: Sendable {
    var kind: SearchKind
    var total: Int
    var hits: [SearchHit]
}

/// A search's answer: the groups that found something, and when nothing was found, spellings that would.
struct SearchResults: Sendable {
    var query: String
    var groups: [SearchGroup]
    /// Queries close to this one that find something ("hameelinna" → "hämeenlinna"), best first.
    var suggestions: [String]

    var total: Int { groups.reduce(0) { $0 + $1.total } }
}
