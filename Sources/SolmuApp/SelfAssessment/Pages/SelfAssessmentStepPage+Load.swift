import Fluent
import Vapor

extension SelfAssessmentStepPage {
    /// The page for one dimension of an assessment found behind its private link (`SelfAssessmentDesk.find` loads its
    /// platform and instrument content); `state` holds the answers to show (saved ones, or what was typed).
    static func make(from assessment: PlatformAssessment, dimension: InstrumentDimension, token: String, state: FormState) -> SelfAssessmentStepPage {
        let dimensions = assessment.instrument.orderedDimensions
        let index = dimensions.firstIndex { $0.id == dimension.id } ?? 0
        let statements = dimension.orderedStatements.map { statement in
            Statement(
                field: StepForm.field(statement), text: statement.text,
                levels: statement.levels.sorted { $0.level < $1.level }.map { Level(level: $0.level, text: $0.text) })
        }
        return SelfAssessmentStepPage(
            token: token, platformName: assessment.platform.name, dimensionKey: dimension.key, dimensionName: dimension.name,
            dimensionDescription: dimension.description, index: index, dimensionCount: dimensions.count,
            previousKey: index > 0 ? dimensions[index - 1].key : nil, statements: statements, state: state)
    }
}
