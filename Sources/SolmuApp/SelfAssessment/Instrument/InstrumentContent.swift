import Foundation

/// A questionnaire version's whole content as one document: how it is shipped (`Resources/Data/self-assessment-v1.json`),
/// read from the API, copied into a new version and replaced while that version is a draft.
struct InstrumentContent: Codable, Sendable {
    struct Level: Codable, Sendable {
        var level: Int
        var text: LocalizedText
    }

    struct Statement: Codable, Sendable {
        var id: Int?
        var key: String
        var text: LocalizedText
        var levels: [Level]
    }

    struct Advice: Codable, Sendable {
        var text: LocalizedText
    }

    struct Dimension: Codable, Sendable {
        var id: Int?
        var key: String
        var name: LocalizedText
        var description: LocalizedText?
        var statements: [Statement]
        var advice: [Advice]
    }

    var id: Int?
    var key: String
    var version: Int?
    var published: Bool?
    var publishedAt: Date?
    var name: LocalizedText
    var description: LocalizedText?
    var dimensions: [Dimension]

    /// The lowest and highest level of every statement: 0 "not started" … 4 "continuously improved".
    static let levels = 0...4

    /// The content of a loaded version (dimensions, statements with levels, advice).
    init(_ instrument: AssessmentInstrument) {
        id = instrument.id
        key = instrument.key
        version = instrument.version
        published = instrument.isPublished
        publishedAt = instrument.publishedAt
        name = instrument.name
        description = instrument.description
        dimensions = instrument.orderedDimensions.map { dimension in
            Dimension(
                id: dimension.id, key: dimension.key, name: dimension.name, description: dimension.description,
                statements: dimension.orderedStatements.map { statement in
                    Statement(
                        id: statement.id, key: statement.key, text: statement.text,
                        levels: statement.levels.sorted { $0.level < $1.level }.map { Level(level: $0.level, text: $0.text) })
                },
                advice: dimension.orderedAdvice.map { Advice(text: $0.text) })
        }
    }

    /// What is wrong with this content as a questionnaire, field path → translation key; empty when it can be saved.
    /// Every text is needed in all three languages: the questionnaire is answered in each.
    func problems() -> [String: String] {
        var errors: [String: String] = [:]
        func trilingual(_ text: LocalizedText?, _ path: String) {
            if text?.fi == nil || text?.sv == nil || text?.en == nil { errors[path] = "selfAssessment.content.threeLanguages" }
        }
        trilingual(name, "name")
        if dimensions.isEmpty { errors["dimensions"] = "selfAssessment.content.noDimensions" }
        if Set(dimensions.map(\.key)).count != dimensions.count { errors["dimensions"] = "selfAssessment.content.duplicateKey" }
        let statementKeys = dimensions.flatMap { $0.statements.map(\.key) }
        if Set(statementKeys).count != statementKeys.count { errors["dimensions"] = "selfAssessment.content.duplicateKey" }
        for (d, dimension) in dimensions.enumerated() {
            let path = "dimensions[\(d)]"
            if dimension.key.isEmpty || dimension.key.count > 60 { errors["\(path).key"] = "selfAssessment.content.key" }
            trilingual(dimension.name, "\(path).name")
            if !(1...12).contains(dimension.statements.count) { errors["\(path).statements"] = "selfAssessment.content.statementCount" }
            for (s, statement) in dimension.statements.enumerated() {
                let statementPath = "\(path).statements[\(s)]"
                if statement.key.isEmpty || statement.key.count > 60 { errors["\(statementPath).key"] = "selfAssessment.content.key" }
                trilingual(statement.text, "\(statementPath).text")
                if statement.levels.map(\.level).sorted() != Array(Self.levels) {
                    errors["\(statementPath).levels"] = "selfAssessment.content.levels"
                }
                for level in statement.levels { trilingual(level.text, "\(statementPath).levels[\(level.level)]") }
            }
            for (a, advice) in dimension.advice.enumerated() { trilingual(advice.text, "\(path).advice[\(a)]") }
        }
        return errors
    }
}

extension InstrumentContent {
    /// The questionnaire Solmu ships with.
    static func bundled() throws -> InstrumentContent {
        let decoder = JSONDecoder()
        return try decoder.decode(InstrumentContent.self, from: Data(contentsOf: ReferenceData.url("self-assessment-v1.json")))
    }
}
