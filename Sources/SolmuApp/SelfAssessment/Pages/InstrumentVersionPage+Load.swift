import Fluent
import Vapor

extension InstrumentVersionPage {
    /// The version `id` with its whole content, drafts included (the page is for admins); 404 for an unknown one.
    static func load(_ id: Int, on database: any Database) async throws -> InstrumentVersionPage {
        make(from: try await InstrumentLoader.require(id, includeDrafts: true, on: database))
    }

    /// The page of a version loaded with its content (`InstrumentLoader`): dimensions, statements, levels and advice in order.
    static func make(from instrument: AssessmentInstrument) -> InstrumentVersionPage {
        let dimensions = instrument.orderedDimensions.map { dimension in
            Dimension(
                id: dimension.id ?? 0, name: dimension.name, description: dimension.description,
                statements: dimension.orderedStatements.map { statement in
                    Statement(
                        id: statement.id ?? 0, key: statement.key, text: statement.text,
                        levels: statement.levels.sorted { $0.level < $1.level }.map { Level(level: $0.level, text: $0.text) })
                },
                advice: dimension.orderedAdvice.map(\.text))
        }
        return InstrumentVersionPage(
            id: instrument.id ?? 0, name: instrument.name, version: instrument.version,
            publishedAt: instrument.publishedAt, dimensions: dimensions)
    }
}
