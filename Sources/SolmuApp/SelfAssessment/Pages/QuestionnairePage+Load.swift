import Fluent
import Vapor

extension QuestionnairePage {
    /// The page for an assessment found behind its private link (`SelfAssessmentDesk.find` loads its platform, answers and
    /// instrument content): how far each dimension is answered, counted here.
    static func make(
        from assessment: PlatformAssessment, token: String, publicURL: String, justStarted: Bool = false,
        completionRefused: Bool = false
    ) -> QuestionnairePage {
        let answered = Set(assessment.answers.map(\.$statement.id))
        let dimensions = assessment.instrument.orderedDimensions.map { dimension in
            Dimension(
                key: dimension.key, name: dimension.name,
                answered: dimension.statements.filter { answered.contains($0.id ?? 0) }.count, total: dimension.statements.count)
        }
        return QuestionnairePage(
            token: token, publicURL: publicURL, platformName: assessment.platform.name,
            facts: PlatformFacts.make(platform: assessment.platform, instrument: assessment.instrument),
            dimensions: dimensions, answeredCount: answered.count,
            totalStatements: assessment.instrument.orderedStatements.count, assessmentStatus: assessment.status,
            justStarted: justStarted, completionRefused: completionRefused)
    }
}

extension PlatformFacts {
    /// The facts of `platform` (with its municipality loaded, as `SelfAssessmentDesk` and `PlatformHistory` load it) under
    /// `instrument`.
    static func make(platform: Platform, instrument: AssessmentInstrument) -> PlatformFacts {
        PlatformFacts(
            kind: platform.kind, ownerName: platform.ownerName, municipality: platform.municipality.map(municipalityName),
            instrumentName: instrument.name, instrumentVersion: instrument.version)
    }

    /// A municipality's name as each language's page shows it: `Municipality.name(_:)` in every language, so that
    /// `display(language)` gives what `name(language)` gave.
    static func municipalityName(_ municipality: Municipality) -> LocalizedText {
        LocalizedText(fi: municipality.name(.fi), sv: municipality.name(.sv), en: municipality.name(.en))
    }
}
