import Fluent
import Vapor

/// Writes questionnaire content: the shipped first version, a draft's replacement content, and a new version
/// copied from an existing one. A published version is never rewritten, since answers point at its statements.
struct InstrumentWriter {
    let database: any Database

    /// Creates a version holding `content` (published now when `publish`), in one transaction.
    @discardableResult
    func create(_ content: InstrumentContent, version: Int, publish: Bool) async throws -> AssessmentInstrument {
        let errors = content.problems()
        guard errors.isEmpty else { throw Problem.validation(errors) }
        return try await database.writeTransaction { db in
            let instrument = AssessmentInstrument()
            instrument.key = content.key
            instrument.version = version
            instrument.name = content.name
            instrument.description = content.description ?? LocalizedText()
            instrument.publishedAt = publish ? Date() : nil
            try await instrument.create(on: db)
            try await Self.writeDimensions(content.dimensions, of: instrument, on: db)
            return instrument
        }
    }

    /// Replaces a draft's name and content; 409 once published.
    func replace(_ instrument: AssessmentInstrument, with content: InstrumentContent) async throws {
        guard !instrument.isPublished else { throw Self.frozen() }
        let errors = content.problems()
        guard errors.isEmpty else { throw Problem.validation(errors) }
        try await database.writeTransaction { db in
            instrument.name = content.name
            instrument.description = content.description ?? LocalizedText()
            try await instrument.save(on: db)
            try await InstrumentDimension.query(on: db).filter(\.$instrument.$id == instrument.requireID()).delete()
            try await Self.writeDimensions(content.dimensions, of: instrument, on: db)
        }
    }

    /// A new draft version of `instrument`'s questionnaire with the same content, numbered after the highest version.
    func newVersion(from instrument: AssessmentInstrument) async throws -> AssessmentInstrument {
        let highest = try await AssessmentInstrument.query(on: database).filter(\.$key == instrument.key).max(\.$version) ?? instrument.version
        return try await create(InstrumentContent(instrument), version: highest + 1, publish: false)
    }

    /// Publishes a draft: from now on it can be answered, and it is frozen.
    func publish(_ instrument: AssessmentInstrument) async throws {
        guard !instrument.isPublished else { throw Self.frozen() }
        let errors = InstrumentContent(instrument).problems()
        guard errors.isEmpty else { throw Problem.validation(errors) }
        instrument.publishedAt = Date()
        try await instrument.save(on: database)
    }

    static func frozen() -> Problem {
        Problem.conflict(detailKey: "selfAssessment.instrument.frozen")
    }

    private static func writeDimensions(_ dimensions: [InstrumentContent.Dimension], of instrument: AssessmentInstrument, on db: any Database)
        async throws
    {
        let instrumentID = try instrument.requireID()
        for (position, content) in dimensions.enumerated() {
            let dimension = InstrumentDimension()
            dimension.$instrument.id = instrumentID
            dimension.position = position
            dimension.key = content.key
            dimension.name = content.name
            dimension.description = content.description ?? LocalizedText()
            try await dimension.create(on: db)
            let dimensionID = try dimension.requireID()
            for (statementPosition, statementContent) in content.statements.enumerated() {
                let statement = InstrumentStatement()
                statement.$instrument.id = instrumentID
                statement.$dimension.id = dimensionID
                statement.position = statementPosition
                statement.key = statementContent.key
                statement.text = statementContent.text
                try await statement.create(on: db)
                let statementID = try statement.requireID()
                try await statementContent.levels.map { levelContent in
                    let level = StatementLevel()
                    level.$statement.id = statementID
                    level.level = levelContent.level
                    level.text = levelContent.text
                    return level
                }.create(on: db)
            }
            try await content.advice.enumerated().map { index, adviceContent in
                let advice = DimensionAdvice()
                advice.$dimension.id = dimensionID
                advice.position = index
                advice.text = adviceContent.text
                return advice
            }.create(on: db)
        }
    }
}
