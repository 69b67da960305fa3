import Fluent

/// The names a partner suggestion's reasons need (competences, networks, regions), loaded once per request.
struct ReasonWords {
    var competences: [String: Competence]
    var networks: [Int: String]
    var regions: [String: Region]

    static func load(_ database: any Database) async throws -> ReasonWords {
        ReasonWords(
            competences: try await Competence.query(on: database).all().reduce(into: [:]) { $0[$1.id ?? ""] = $1 },
            networks: try await Network.query(on: database).all().reduce(into: [:]) { $0[$1.id ?? 0] = $1.name },
            regions: try await Region.query(on: database).all().reduce(into: [:]) { $0[$1.id ?? ""] = $1 })
    }

    func text(_ reason: PartnerMatching.Reason, _ language: Language) -> String {
        reason.text(language, competences: competences, networks: networks, regions: regions)
    }
}
