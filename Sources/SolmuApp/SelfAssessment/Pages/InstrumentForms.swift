import Foundation
import Plot

/// The questionnaire editor's form for a dimension: its name and description, and its advice one per line, in the
/// three languages.
enum InstrumentDimensionForm: FormDescription {
    enum Key: String, FormKey {
        case nameFi, descriptionFi, nameSv, descriptionSv, nameEn, descriptionEn, adviceFi, adviceSv, adviceEn
    }

    static var fields: [FormField<Key>] {
        [
            .text(.nameFi, "questionnaire.name.fi", required: true), .textArea(.descriptionFi, "questionnaire.description.fi", lang: .fi),
            .text(.nameSv, "questionnaire.name.sv", required: true), .textArea(.descriptionSv, "questionnaire.description.sv", lang: .sv),
            .text(.nameEn, "questionnaire.name.en", required: true), .textArea(.descriptionEn, "questionnaire.description.en", lang: .en),
            .textArea(.adviceFi, "questionnaire.advice.fi", lang: .fi, hint: "questionnaire.adviceHint"),
            .textArea(.adviceSv, "questionnaire.advice.sv", lang: .sv, hint: "questionnaire.adviceHint"),
            .textArea(.adviceEn, "questionnaire.advice.en", lang: .en, hint: "questionnaire.adviceHint"),
        ]
    }

    /// Puts what was posted into `dimension`, or refuses (422) an empty name, or advice with a different number of
    /// lines in the three languages (the advice is kept line by line, each line in all three).
    static func apply(_ posted: FormValues<Self>, to dimension: inout InstrumentContent.Dimension) throws {
        var errors: [String: String] = [:]
        for key in [Key.nameFi, .nameSv, .nameEn] where posted.text(key) == nil { errors[key.rawValue] = "field.required" }
        let advice = [Key.adviceFi, .adviceSv, .adviceEn].map { key in
            (posted[key] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if Set(advice.map(\.count)).count > 1 {
            errors[Key.adviceSv.rawValue] = "questionnaire.advice.lines"
            errors[Key.adviceEn.rawValue] = "questionnaire.advice.lines"
        }
        guard errors.isEmpty else { throw Problem.validation(errors) }
        dimension.name = posted.localized(.nameFi, .nameSv, .nameEn)
        dimension.description = posted.localized(.descriptionFi, .descriptionSv, .descriptionEn)
        dimension.advice = advice[0].indices.map {
            InstrumentContent.Advice(text: LocalizedText(fi: advice[0][$0], sv: advice[1][$0], en: advice[2][$0]))
        }
    }

    static func values(of dimension: InstrumentContent.Dimension) -> FormValues<Self> {
        func advice(_ language: Language) -> String { dimension.advice.map { $0.text[language] ?? "" }.joined(separator: "\n") }
        return FormValues([
            .nameFi: dimension.name.fi, .nameSv: dimension.name.sv, .nameEn: dimension.name.en,
            .descriptionFi: dimension.description?.fi, .descriptionSv: dimension.description?.sv, .descriptionEn: dimension.description?.en,
            .adviceFi: advice(.fi), .adviceSv: advice(.sv), .adviceEn: advice(.en),
        ])
    }
}

/// The questionnaire editor's form for a statement: its key, its text and the text of each of its levels, every
/// text in all three languages.
enum InstrumentStatementForm: FormDescription {
    enum Key: String, FormKey {
        case key, textFi, textSv, textEn
        case level0Fi, level0Sv, level0En, level1Fi, level1Sv, level1En, level2Fi, level2Sv, level2En, level3Fi, level3Sv, level3En,
            level4Fi, level4Sv, level4En
    }

    /// The three texts of each level of `InstrumentContent.levels` (0…4), in its order.
    static var levels: [(level: Int, fi: Key, sv: Key, en: Key)] {
        [
            (0, .level0Fi, .level0Sv, .level0En), (1, .level1Fi, .level1Sv, .level1En), (2, .level2Fi, .level2Sv, .level2En),
            (3, .level3Fi, .level3Sv, .level3En), (4, .level4Fi, .level4Sv, .level4En),
        ]
    }

    /// A level's label takes the level and the language as values: see `label`.
    static var fields: [FormField<Key>] {
        [
            .text(.key, "questionnaire.statementKey", required: true, hint: "questionnaire.keyHint"),
            .textArea(.textFi, "questionnaire.statement.fi", lang: .fi), .textArea(.textSv, "questionnaire.statement.sv", lang: .sv),
            .textArea(.textEn, "questionnaire.statement.en", lang: .en),
        ]
            + levels.flatMap { level in
                [
                    FormField<Key>.textArea(level.fi, "questionnaire.level", lang: .fi),
                    FormField<Key>.textArea(level.sv, "questionnaire.level", lang: .sv),
                    FormField<Key>.textArea(level.en, "questionnaire.level", lang: .en),
                ]
            }
    }

    /// The level whose text `key` holds; nil for the key and the statement's text.
    static func level(of key: Key) -> Int? {
        levels.first { [$0.fi, $0.sv, $0.en].contains(key) }?.level
    }

    /// A field's label: a level's names the level, its name and the text's language.
    static func label(_ key: Key, _ context: PageContext) -> String {
        let described = field(key)
        guard let number = level(of: key), case .textArea(let language?) = described.kind else { return context.t(described.labelKey) }
        return context.t(
            described.labelKey,
            [
                "level": "\(number)", "name": context.t("selfAssessment.level.\(number)"),
                "language": context.t("language.\(language.rawValue)"),
            ])
    }

    /// Every field, each level's with its label (which the description cannot give: it takes values).
    static func draw(_ state: FormState, _ context: PageContext) -> [Node<HTML.FormContext>] {
        fields.map { field -> Node<HTML.FormContext> in
            guard level(of: field.key) != nil, case .textArea(let language) = field.kind else { return FormFields.draw(field, state, context) }
            return FormFields.textArea(field.key.rawValue, label: label(field.key, context), lang: language, state, context)
        }
    }

    /// Field name → label, for the error summary: the levels' with their values.
    static func summaryLabels(_ context: PageContext) -> [String: String] {
        Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0.rawValue, label($0, context)) })
    }

    /// The statement typed on the form, or 422 naming each empty field (every text is needed in all three languages).
    static func statement(_ posted: FormValues<Self>, id: Int?) throws -> InstrumentContent.Statement {
        var errors: [String: String] = [:]
        for key in Key.allCases where posted.text(key) == nil { errors[key.rawValue] = "field.required" }
        guard errors.isEmpty else { throw Problem.validation(errors) }
        return InstrumentContent.Statement(
            id: id, key: posted.text(.key) ?? "", text: posted.localized(.textFi, .textSv, .textEn),
            levels: levels.map { .init(level: $0.level, text: posted.localized($0.fi, $0.sv, $0.en)) })
    }

    static func values(of statement: InstrumentContent.Statement) -> FormValues<Self> {
        var values: [Key: String?] = [.key: statement.key, .textFi: statement.text.fi, .textSv: statement.text.sv, .textEn: statement.text.en]
        for level in statement.levels {
            guard let keys = levels.first(where: { $0.level == level.level }) else { continue }
            values[keys.fi] = .some(level.text.fi)
            values[keys.sv] = .some(level.text.sv)
            values[keys.en] = .some(level.text.en)
        }
        return FormValues(values)
    }
}
