/// Near spellings for a query that found nothing: each word replaced by the closest word Solmu's names contain
/// (at most one letter off for short words, two for longer ones), so "hämenlinna" offers "hameenlinna".
struct SpellingSuggestions {
    let vocabulary: Set<Substring>

    init(_ words: [Substring]) {
        vocabulary = Set(words.filter { $0.count >= 3 })
    }

    func queries(near terms: [String], limit: Int = 3) -> [String] {
        // The closest words for each term (the term itself when nothing is near).
        let options = terms.map { term -> [String] in
            let allowed = term.count <= 4 ? 1 : 2
            let near =
                vocabulary
                .compactMap { word -> (String, Int)? in
                    guard abs(word.count - term.count) <= allowed else { return nil }
                    let distance = Self.distance(term, word, limit: allowed)
                    return distance <= allowed && distance > 0 ? (String(word), distance) : nil
                }
                .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
                .map(\.0)
            return near.isEmpty ? [term] : Array(near.prefix(limit))
        }
        guard zip(options, terms).contains(where: { $0 != [$1] }) else { return [] }
        var queries: [String] = []
        for index in 0..<limit {
            let query = options.map { $0[min(index, $0.count - 1)] }.joined(separator: " ")
            if !queries.contains(query), query != terms.joined(separator: " ") { queries.append(query) }
        }
        return queries
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) as soon as it must exceed `limit`.
    static func distance(_ a: String, _ b: Substring, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min()! > limit { return limit + 1 }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
