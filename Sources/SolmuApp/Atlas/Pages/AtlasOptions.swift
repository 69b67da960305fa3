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

    /// Every organisation as a form choice, in alphabetical order; `except` leaves out those already chosen.
    static func organizations(_ database: any Database, except taken: Set<Int> = []) async throws -> [(value: String, label: String)] {
        try await Organization.query(on: database).sort(\.$sortName).field(\.$id).field(\.$name).all()
            .filter { !taken.contains($0.id ?? 0) }.map { (value: "\($0.id ?? 0)", label: $0.name) }
    }

    /// People as form choices, "Name – Organisation"; `organization` narrows to one organisation's people.
    static func people(_ database: any Database, of organization: Int? = nil) async throws -> [(value: String, label: String)] {
        var query = Person.query(on: database).with(\.$organization).sort(\.$name)
        if let organization { query = query.filter(\.$organization.$id == organization) }
        return try await query.all().map { person in
            (value: "\(person.id ?? 0)", label: [person.name, person.organization?.name].compactMap { $0 }.joined(separator: " – "))
        }
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
