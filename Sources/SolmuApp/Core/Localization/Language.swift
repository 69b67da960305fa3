import Vapor

/// The three languages every page and message is available in; Finnish first.
public enum Language: String, CaseIterable, Codable, Sendable {
    case fi, sv, en

    /// The language's own name, as shown in the language switch.
    public var nativeName: String {
        switch self {
        case .fi: "Suomeksi"
        case .sv: "På svenska"
        case .en: "In English"
        }
    }

    /// Picks the best language from an `Accept-Language` header, Finnish when nothing matches.
    public static func preferred(acceptLanguage header: String?) -> Language {
        guard let header else { return .fi }
        let ranked = header.split(separator: ",").compactMap { part -> (Language, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { return nil }
            let primary = String(tag.prefix { $0 != "-" })
            guard let language = Language(rawValue: primary == "nb" || primary == "no" ? "sv" : primary) else { return nil }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (language, quality)
        }
        return ranked.filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0 ?? .fi
    }
}

/// A text given in each of the three languages, e.g. a description; shown in the page's language with a fallback.
public struct LocalizedText: Codable, Sendable, Equatable {
    public var fi: String?
    public var sv: String?
    public var en: String?

    public init(fi: String? = nil, sv: String? = nil, en: String? = nil) {
        self.fi = fi.nonEmpty
        self.sv = sv.nonEmpty
        self.en = en.nonEmpty
    }

    public subscript(language: Language) -> String? {
        switch language {
        case .fi: fi
        case .sv: sv
        case .en: en
        }
    }

    /// The text in `language`, else the first of Finnish, English, Swedish that exists.
    public func resolved(_ language: Language) -> (text: String, language: Language)? {
        for candidate in [language, .fi, .en, .sv] {
            if let text = self[candidate] { return (text, candidate) }
        }
        return nil
    }

    public var isEmpty: Bool { fi == nil && sv == nil && en == nil }
}

extension Optional where Wrapped == String {
    /// nil for nil, empty or whitespace-only strings; otherwise the trimmed string.
    var nonEmpty: String? {
        guard let trimmed = self?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

extension LocalizedText {
    /// The text for a page in `language` (or its fallback), empty when there is none.
    func display(_ language: Language) -> String { resolved(language)?.text ?? "" }
}

extension String {
    /// nil when empty, for `?? "–"`.
    var nonEmptyText: String? { isEmpty ? nil : self }
}
