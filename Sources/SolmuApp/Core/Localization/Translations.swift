import Foundation

/// The one translation table: `Resources/Locales/{fi,sv,en}.json`, keyed by stable ids.
/// Loaded once; a missing key shows itself as the key (and a test fails on any missing key).
public enum Translations {
    public static let tables: [Language: [String: String]] = {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            guard let url = Bundle.module.url(forResource: language.rawValue, withExtension: "json", subdirectory: "Resources/Locales"),
                let data = try? Data(contentsOf: url),
                let table = try? JSONDecoder().decode([String: String].self, from: data)
            else { fatalError("Translation table \(language.rawValue).json is missing or not valid JSON") }
            tables[language] = table
        }
        return tables
    }()

    public static func text(_ key: String, _ language: Language) -> String {
        tables[language]?[key] ?? key
    }

    /// `{name}` placeholders filled from `values`.
    public static func text(_ key: String, _ language: Language, _ values: [String: String]) -> String {
        values.reduce(text(key, language)) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}

extension Language {
    /// A text about a number of things: `{key}.one` when there is exactly one (where the table has it), else `key`;
    /// `{count}` is filled with the number as the language writes it.
    public func t(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        let singular = key + ".one"
        let chosen = count == 1 && Translations.tables[self]?[singular] != nil ? singular : key
        return Translations.text(chosen, self, values.merging(["count": Formatting.integer(count)]) { $1 })
    }

    /// Shorthand used throughout the views: `lang.t("atlas.title")`.
    public func t(_ key: String) -> String { Translations.text(key, self) }
    public func t(_ key: String, _ values: [String: String]) -> String { Translations.text(key, self, values) }
}
