/// The questionnaire's responsibility statements as a call's criteria: a call that weighs responsibility (as
/// Pirkanmaa's do) can score applications on the same statements platforms assess themselves on, with the same
/// five levels as the reviewers' guidance.
enum ResponsibilityCriteria {
    /// One criterion per responsibility statement of `instrument` (loaded with its content), scale 0–4, weight 1,
    /// numbered after `after`; statements whose Finnish text is in `except` (criteria the call has already) are left out.
    static func inputs(from instrument: AssessmentInstrument, after order: Int, except: Set<String> = []) -> [CriterionInput] {
        guard let dimension = instrument.orderedDimensions.first(where: { $0.key == InstrumentDimension.responsibilityKey }) else { return [] }
        return dimension.orderedStatements.filter { !except.contains($0.textFi) }.enumerated().map { index, statement in
            let levels = statement.levels.sorted { $0.level < $1.level }
            func guidance(_ language: Language) -> String {
                levels.map { "\($0.level) – \($0.text[language] ?? "")" }.joined(separator: "\n")
            }
            return CriterionInput(
                order: order + index + 1, name: statement.text,
                guidance: LocalizedText(fi: guidance(.fi), sv: guidance(.sv), en: guidance(.en)),
                weight: 1, scaleMin: InstrumentContent.levels.lowerBound, scaleMax: InstrumentContent.levels.upperBound, responsibility: true)
        }
    }
}
