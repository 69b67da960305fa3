/// Folds text for the full-text index and for queries alike: lower case, diacritics removed
/// (ä → a, ö → o, å → a, é → e), so a search typed without Finnish letters finds the same rows.
enum SearchFolding {
    static func fold(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                    $0.properties.generalCategory != .nonspacingMark
                }
            ))
    }

    /// The words of a query, folded, each only letters and digits; at most eight.
    static func terms(_ query: String) -> [String] {
        fold(query)
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
            .prefix(8)
            .map { $0 }
    }
}
