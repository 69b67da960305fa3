import Plot

extension FormFields {
    typealias Options = [(value: String, label: String)]

    /// Every field of a described form, in its order; `options` gives the choices of its selects and checkbox lists,
    /// `except` leaves fields out (one the form shows only when editing, say).
    static func draw<Form: FormDescription>(
        _ form: Form.Type, _ state: FormState, _ context: PageContext,
        options: [Form.Key: Options] = [:], except: Set<Form.Key> = []
    ) -> [FormNode] {
        form.fields.filter { !except.contains($0.key) }.map { draw($0, state, context, options: options[$0.key] ?? []) }
    }

    /// One field of a described form, for a page that places its fields itself; `hint` replaces the described hint
    /// when it needs values (a limit, a name).
    static func draw<Form: FormDescription>(
        _ form: Form.Type, _ key: Form.Key, _ state: FormState, _ context: PageContext,
        options: Options = [], hint: String? = nil
    ) -> FormNode {
        draw(form.field(key), state, context, options: options, hint: hint)
    }

    static func draw<Key: FormKey>(
        _ field: FormField<Key>, _ state: FormState, _ context: PageContext, options: Options = [],
        hint: String? = nil
    ) -> FormNode {
        let node = drawAlways(field, state, context, options: options, hint: hint)
        guard let condition = field.shownWhen, state.errors[field.key.rawValue] == nil else { return node }
        return .element(named: "div", nodes: [.attribute(named: "data-shown-when", value: condition), node])
    }

    private static func drawAlways<Key: FormKey>(
        _ field: FormField<Key>, _ state: FormState, _ context: PageContext, options: Options, hint: String?
    ) -> FormNode {
        let name = field.key.rawValue
        let label = context.t(field.labelKey)
        let hint = hint ?? field.hintKey.map { context.t($0) }
        switch field.kind {
        case .text(let type):
            return text(name, label: label, hint: hint, type: type, required: field.required, autocomplete: field.autocomplete, state, context)
        case .textArea(let language):
            return textArea(name, label: label, hint: hint, lang: language, state, context)
        case .select(let emptyKey):
            return select(name, label: label, hint: hint, required: field.required, emptyLabel: context.t(emptyKey), options: options, state, context)
        case .checkboxes:
            return checkboxes(name, legend: label, options: options, state, context)
        case .checkbox:
            return checkbox(name, label: label, hint: hint, checked: !state.value(name).isEmpty, context)
        }
    }
}

extension FormPage {
    /// A page with one described form: its labels for the error summary come from the description.
    init<Form: FormDescription>(
        _ form: Form.Type, title: String, action: String, cancel: String, state: FormState, lead: String? = nil,
        fields: [Node<HTML.FormContext>], submitLabel: String? = nil, removal: (action: String, label: String)? = nil,
        breadcrumbs: [(title: String, href: String)] = [], context: PageContext
    ) {
        self.init(
            title: title, action: action, cancel: cancel, state: state, labels: form.labels(context), lead: lead, fields: fields,
            submitLabel: submitLabel, removal: removal, breadcrumbs: breadcrumbs)
    }
}
