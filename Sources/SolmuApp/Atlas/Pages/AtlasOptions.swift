import Fluent

/// The choices the atlas offers in its search and edit forms, named in the page's language.
struct AtlasOptions {
    var types: [(value: String, label: String)]
    var regions: [(value: String, label: String)]
    var municipalities: [(value: String, label: String)]
    var competences: [(value: String, label: String)]

    static func load(_ database: any Database, _ language: Language) async throws -> AtlasOptions {
        let regions = try await Region.query(on: database).sort(\.$id).all()
        let municipalities = try await Municipality.query(on: database).all()
        let competences = try await Competence.query(on: database).all()
        return AtlasOptions(
            types: OrganizationType.allCases.map { ($0.rawValue, language.t($0.labelKey)) },
            regions: regions.map { ($0.id ?? "", $0.name(language)) }.sorted { $0.1.finnishOrder < $1.1.finnishOrder },
            municipalities: municipalities.map { ($0.id ?? "", $0.name(language)) }.sorted { $0.1.finnishOrder < $1.1.finnishOrder },
            competences: competences.map { ($0.id ?? "", $0.name(language)) }.sorted { $0.1.finnishOrder < $1.1.finnishOrder }
        )
    }
}

extension String {
    /// A sort key that puts å, ä, ö after z as Finnish and Swedish alphabets do.
    var finnishOrder: String {
        lowercased().map { c -> String in
            switch c {
            case "å": "z\u{1}"
            case "ä": "z\u{2}"
            case "ö": "z\u{3}"
            default: String(c)
            }
        }.joined()
    }
}
