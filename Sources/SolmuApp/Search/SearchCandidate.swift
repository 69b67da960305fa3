/// A thing search can find, with the text it is found by already folded (`SearchFolding`): its names in every
/// language first, then what describes it (a description, its places, its organiser).
struct SearchCandidate: Sendable {
    var hit: SearchHit
    /// The folded words of its names: a match here ranks above a match in `text`.
    var nameWords: [Substring]
    var words: [Substring]

    init(_ hit: SearchHit, names: [String?], text: [String?]) {
        self.hit = hit
        nameWords = Self.words(names)
        words = nameWords + Self.words(text)
    }

    private static func words(_ texts: [String?]) -> [Substring] {
        texts.compactMap { $0 }.flatMap { SearchFolding.fold($0).split { !($0.isLetter || $0.isNumber) } }
    }

    /// 2 when every term begins a word of its names, 1 when every term begins some word, 0 when one does not.
    func score(_ terms: [String]) -> Int {
        guard terms.allSatisfy({ term in words.contains { $0.hasPrefix(term) } }) else { return 0 }
        return terms.allSatisfy({ term in nameWords.contains { $0.hasPrefix(term) } }) ? 2 : 1
    }
}
