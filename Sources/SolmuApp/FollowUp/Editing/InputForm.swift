/// The input form: the text, its theme, the kind of organisation it came from. A participant's registration link
/// secret rides along hidden: it is not a field they fill, so the page and the handler carry it beside the form's values.
enum InputForm: FormDescription {
    enum Key: String, FormKey { case text, themeId, sourceType }

    static var fields: [FormField<Key>] {
        [
            .textArea(.text, "input.text"), .select(.themeId, "input.theme", empty: "value.none"),
            .select(.sourceType, "input.sourceType", empty: "value.notGiven", hint: "input.sourceTypeHint"),
        ]
    }

    static func details(_ posted: FormValues<Self>, registration: String?) -> InputDetails {
        InputDetails(
            text: posted[.text], themeId: posted.text(.themeId), sourceType: posted.text(.sourceType).flatMap(OrganizationType.init(rawValue:)),
            registration: registration.nonEmpty)
    }
}
