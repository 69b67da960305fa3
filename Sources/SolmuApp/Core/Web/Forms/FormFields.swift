import Plot

/// Accessible form fields: a label on every field, the error next to it (and tied to it with
/// `aria-describedby`), and the value the user typed shown back.
struct FormState {
    var values: [String: String] = [:]
    var multiValues: [String: Set<String>] = [:]
    /// Field → translation key of the error.
    var errors: [String: String] = [:]
    /// A message for the whole form (e.g. a conflict), translation key and values.
    var formError: (key: String, values: [String: String])?

    func value(_ field: String) -> String { values[field] ?? "" }
}

enum FormFields {
    typealias FormNode = Node<HTML.FormContext>

    static func csrf(_ token: String) -> FormNode {
        .input(.type(.hidden), .name(CSRF.formField), .value(token))
    }

    /// The list of errors at the top of a form, each a link to its field.
    static func errorSummary(_ state: FormState, _ context: PageContext, labels: [String: String]) -> FormNode {
        guard !state.errors.isEmpty || state.formError != nil else { return .empty }
        return .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"),
            .h2(.text(context.t("form.errorSummary"))),
            .if(state.formError != nil, .p(.text(state.formError.map { context.t($0.key, $0.values) } ?? ""))),
            .ul(
                .forEach(state.errors.sorted { $0.key < $1.key }) { field, key in
                    .li(.a(.href("#field-\(field)"), .text("\(labels[field] ?? field): \(context.t(key))")))
                })
        )
    }

    private static func describedBy(_ field: String, hint: String?, error: String?) -> String? {
        let ids = [hint.map { _ in "field-\(field)-hint" }, error.map { _ in "field-\(field)-error" }].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    private static func labelAndMessages(
        _ field: String, label: String, hint: String?, required: Bool,
        _ state: FormState, _ context: PageContext
    ) -> [FormNode] {
        let error = state.errors[field].map { context.t($0) }
        return [
            .label(
                .attribute(named: "for", value: "field-\(field)"), .text(label),
                .if(required, .span(.class("required"), .text(" (\(context.t("form.required")))")))),
            .unwrap(hint) { .p(.class("field__hint"), .id("field-\(field)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("field__error"), .id("field-\(field)-error"), .text($0)) },
        ]
    }

    static func text(
        _ field: String, label: String, hint: String? = nil, type: HTMLInputType = .text, required: Bool = false,
        autocomplete: String? = nil, _ state: FormState, _ context: PageContext
    ) -> FormNode {
        let error = state.errors[field]
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .group(labelAndMessages(field, label: label, hint: hint, required: required, state, context)),
            .input(
                .type(type), .id("field-\(field)"), .name(field), .value(state.value(field)),
                .attribute(named: "autocomplete", value: autocomplete),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .attribute(named: "aria-describedby", value: describedBy(field, hint: hint, error: error)),
                .attribute(named: "required", value: required ? "required" : nil))
        )
    }

    static func textArea(
        _ field: String, label: String, hint: String? = nil, lang: Language? = nil,
        _ state: FormState, _ context: PageContext
    ) -> FormNode {
        let error = state.errors[field]
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .group(labelAndMessages(field, label: label, hint: hint, required: false, state, context)),
            .textarea(
                .id("field-\(field)"), .name(field), .rows(4),
                .attribute(named: "lang", value: lang?.rawValue),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .attribute(named: "aria-describedby", value: describedBy(field, hint: hint, error: error)),
                .text(state.value(field)))
        )
    }

    /// A select; `options` are (value, label, group) — consecutive options with the same group share an `<optgroup>`.
    static func select(
        _ field: String, label: String, hint: String? = nil, required: Bool = false, emptyLabel: String,
        options: [(value: String, label: String)], _ state: FormState, _ context: PageContext
    ) -> FormNode {
        let error = state.errors[field]
        let selected = state.value(field)
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .group(labelAndMessages(field, label: label, hint: hint, required: required, state, context)),
            .select(
                .id("field-\(field)"), .attribute(named: "name", value: field),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .attribute(named: "aria-describedby", value: describedBy(field, hint: hint, error: error)),
                option(value: "", label: emptyLabel, selected: selected.isEmpty),
                .forEach(options) { option(value: $0.value, label: $0.label, selected: $0.value == selected) })
        )
    }

    /// Plot's `<option>` takes no text, so it is built by hand: the label as the option's own text.
    private static func option(value: String, label: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(
            named: "option",
            nodes: [
                .attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
                .attribute(named: "selected", value: selected ? "selected" : nil),
                .text(label),
            ])
    }

    static func checkboxes(
        _ field: String, legend: String, options: [(value: String, label: String)],
        _ state: FormState, _ context: PageContext
    ) -> FormNode {
        let error = state.errors[field]
        let checked = state.multiValues[field] ?? []
        return .fieldset(
            .class(error == nil ? "field checkboxes" : "field checkboxes field--error"), .id("field-\(field)"),
            .element(named: "legend", text: legend),
            .unwrap(error) { .p(.class("field__error"), .id("field-\(field)-error"), .text(context.t($0))) },
            .div(
                .class("checkboxes__list"),
                .forEach(options.enumerated()) { index, option in
                    .div(
                        .class("checkbox"),
                        .input(
                            .type(.checkbox), .id("field-\(field)-\(index)"), .name("\(field)[]"), .value(option.value),
                            .checked(checked.contains(option.value))),
                        .label(.attribute(named: "for", value: "field-\(field)-\(index)"), .text(option.label)))
                })
        )
    }

    static func checkbox(_ field: String, label: String, hint: String? = nil, checked: Bool, _ context: PageContext) -> FormNode {
        .div(
            .class("field checkbox"),
            .input(
                .type(.checkbox), .id("field-\(field)"), .name(field), .value("on"), .checked(checked),
                .attribute(named: "aria-describedby", value: hint.map { _ in "field-\(field)-hint" })),
            .label(.attribute(named: "for", value: "field-\(field)"), .text(label)),
            .unwrap(hint) { .p(.class("field__hint"), .id("field-\(field)-hint"), .text($0)) })
    }
}
