import Foundation

/// The funding instrument form: its fields once, the input made from what was posted, the values of an instrument to fill it with.
/// The editor reports the names on `name`; the page shows that beside the Finnish name. Money is typed in euros into
/// `budgetCents`, named like the API's cent field so the editor's errors land beside it.
enum InstrumentForm: FormDescription {
    enum Key: String, FormKey { case code, nameFi, nameSv, nameEn, administratorId, budgetCents }

    static var fields: [FormField<Key>] {
        [
            .text(.code, "instrument.code", required: true, hint: "code.hint", autocomplete: "off"),
            .text(.nameFi, "instrument.nameFi", required: true), .text(.nameSv, "instrument.nameSv"), .text(.nameEn, "instrument.nameEn"),
            .select(.administratorId, "instrument.administrator"),
            .text(.budgetCents, "programme.budgetEuros", hint: "money.hint"),
        ]
    }

    /// The instrument, or a 422 on `budgetCents` when the typed amount is not money.
    static func input(_ posted: FormValues<Self>) throws -> InstrumentInput {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(posted[.budgetCents], field: Key.budgetCents.rawValue, into: &errors)
        if !errors.isEmpty { throw Problem.validation(errors) }
        return InstrumentInput(
            code: posted[.code], name: posted.localized(.nameFi, .nameSv, .nameEn), administratorId: posted.int(.administratorId),
            budgetCents: budget)
    }

    /// The amount is shown in euros the way the language writes them.
    static func values(of instrument: FundingInstrument, _ language: Language) -> FormValues<Self> {
        FormValues([
            .code: instrument.code, .nameFi: instrument.nameFi, .nameSv: instrument.nameSv, .nameEn: instrument.nameEn,
            .administratorId: instrument.$administrator.id.map(String.init), .budgetCents: MoneyField.text(instrument.budgetCents, language),
        ])
    }
}
