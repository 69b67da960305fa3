import Plot

/// The names of a form's fields: an enumeration per form, so that a field is named by the compiler, never by a string
/// that a typo could break.
protocol FormKey: RawRepresentable<String>, CaseIterable, Hashable, Sendable {}

/// One field of a form: the label's translation key, what kind of control it is, whether it is required, its hint.
struct FormField<Key: FormKey> {
    enum Kind {
        case text(HTMLInputType = .text)
        case textArea(Language? = nil)
        /// A `<select>`; its options come when the form is drawn, the empty choice's label from `emptyKey`.
        case select(emptyKey: String)
        /// Several checkboxes posted as `name[]`; their options come when the form is drawn.
        case checkboxes
        /// One checkbox, posted as `on` when ticked.
        case checkbox
    }

    var key: Key
    var labelKey: String
    var kind: Kind
    var required: Bool
    var hintKey: String?
    var autocomplete: String?
    /// Shown only while another field has a value (`type=startup`): the stylesheet hides it otherwise, without a
    /// script; a browser that cannot tell still shows it, and a field with an error always shows.
    var shownWhen: String? = nil

    /// This field, shown only while `key` is `value` (a startup's sector only once the type is "startup").
    func shown(when key: Key, is value: String) -> Self {
        var field = self
        field.shownWhen = "\(key.rawValue)=\(value)"
        return field
    }

    static func text(
        _ key: Key, _ labelKey: String, type: HTMLInputType = .text, required: Bool = false, hint: String? = nil,
        autocomplete: String? = nil
    ) -> Self {
        Self(key: key, labelKey: labelKey, kind: .text(type), required: required, hintKey: hint, autocomplete: autocomplete)
    }

    static func textArea(_ key: Key, _ labelKey: String, lang: Language? = nil, hint: String? = nil) -> Self {
        Self(key: key, labelKey: labelKey, kind: .textArea(lang), required: false, hintKey: hint)
    }

    static func select(_ key: Key, _ labelKey: String, empty: String = "form.choose", required: Bool = false, hint: String? = nil) -> Self {
        Self(key: key, labelKey: labelKey, kind: .select(emptyKey: empty), required: required, hintKey: hint)
    }

    static func checkboxes(_ key: Key, _ labelKey: String) -> Self {
        Self(key: key, labelKey: labelKey, kind: .checkboxes, required: false)
    }

    static func checkbox(_ key: Key, _ labelKey: String, hint: String? = nil) -> Self {
        Self(key: key, labelKey: labelKey, kind: .checkbox, required: false, hintKey: hint)
    }

    /// Three text areas, one a language, for a text kept in Finnish, Swedish and English.
    static func textAreas(_ fi: Key, _ sv: Key, _ en: Key, _ labelKeyPrefix: String) -> [Self] {
        [
            .textArea(fi, labelKeyPrefix + "Fi", lang: .fi), .textArea(sv, labelKeyPrefix + "Sv", lang: .sv),
            .textArea(en, labelKeyPrefix + "En", lang: .en),
        ]
    }
}

/// A form described once: its fields in the order they are drawn. From this one list come the labels of the error
/// summary, the fields on the page (`FormFields.draw`), the values read from a post (`FormValues`) and the state shown
/// back with the messages.
protocol FormDescription {
    associatedtype Key: FormKey
    static var fields: [FormField<Key>] { get }
}

extension FormDescription {
    static func field(_ key: Key) -> FormField<Key> {
        guard let field = fields.first(where: { $0.key == key }) else { preconditionFailure("\(Self.self) does not describe \(key)") }
        return field
    }

    /// Field name → label, for the error summary's links.
    static func labels(_ context: PageContext) -> [String: String] {
        Dictionary(fields.map { ($0.key.rawValue, context.t($0.labelKey)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Fields whose values are lists (posted as `name[]`).
    static var listKeys: Set<String> {
        Set(fields.compactMap { if case .checkboxes = $0.kind { $0.key.rawValue } else { nil } })
    }
}
