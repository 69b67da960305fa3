/// The call form: texts as typed, euros as typed (in the field `budgetCents`), times in Helsinki time.
enum CallForm: FormDescription {
    enum Key: String, FormKey {
        case number, titleFi, titleSv, titleEn, descriptionFi, descriptionSv, descriptionEn, opensAt, closesAt, budgetCents, instrumentIds, themeIds,
            published, example
    }

    static var fields: [FormField<Key>] {
        [
            .text(.number, "call.number", required: true), .text(.titleFi, "call.titleFi", required: true), .text(.titleSv, "call.titleSv"),
            .text(.titleEn, "call.titleEn"),
        ]
            + FormField.textAreas(.descriptionFi, .descriptionSv, .descriptionEn, "call.description")
            + [
                .text(.opensAt, "call.opensAt", required: true, hint: "meeting.startsAtHint"),
                .text(.closesAt, "call.closesAt", required: true, hint: "meeting.startsAtHint"),
                .text(.budgetCents, "programme.budgetEuros", hint: "money.hint"),
                .checkboxes(.instrumentIds, "programme.instruments"), .checkboxes(.themeIds, "network.themes"),
                .checkbox(.published, "call.published", hint: "call.publishedHint"), .checkbox(.example, "call.exampleLabel"),
            ]
    }

    /// The input, with the messages about what could not be read as typed (the number, the euros).
    static func input(_ posted: FormValues<Self>, programmeId: Int) -> (CallInput, [String: String]) {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(posted[.budgetCents], field: Key.budgetCents.rawValue, into: &errors)
        if posted.isMalformed(.number) { errors[Key.number.rawValue] = "number.invalid" }
        let input = CallInput(
            programmeId: programmeId, number: posted.int(.number), title: posted.localized(.titleFi, .titleSv, .titleEn),
            description: posted.localized(.descriptionFi, .descriptionSv, .descriptionEn), opensAt: posted[.opensAt],
            closesAt: posted[.closesAt], budgetCents: budget, instrumentIds: posted.list(.instrumentIds).compactMap { Int($0) },
            themeIds: posted.list(.themeIds), published: posted.isOn(.published), example: posted.isOn(.example))
        return (input, errors)
    }

    /// Needs `instruments` and `themes` loaded; the budget in euros as `language` writes them.
    static func values(of call: Call, _ language: Language) -> FormValues<Self> {
        FormValues(
            [
                .number: "\(call.number)", .titleFi: call.titleFi, .titleSv: call.titleSv, .titleEn: call.titleEn,
                .descriptionFi: call.descriptionFi, .descriptionSv: call.descriptionSv, .descriptionEn: call.descriptionEn,
                .opensAt: HelsinkiTime.local(call.opensAt), .closesAt: HelsinkiTime.local(call.closesAt),
                .budgetCents: MoneyField.text(call.budgetCents, language), .published: call.published ? "on" : nil,
                .example: call.example ? "on" : nil,
            ],
            lists: [.instrumentIds: call.instruments.compactMap { $0.id.map(String.init) }, .themeIds: call.themes.compactMap(\.id)])
    }
}
