import Foundation

/// What a form holds, field by field, named by the form's own keys: decoded from a post (only the fields the form
/// describes are read), or made from a record to fill the form. Values stay as typed, so a wrong number is shown back
/// beside its message; the typed readers (`int`, `list`, `isOn`, `localized`) make the input an editor checks.
struct FormValues<Form: FormDescription>: Decodable, Sendable {
    private(set) var single: [String: String] = [:]
    private(set) var lists: [String: [String]] = [:]

    init() {}

    init(_ values: [Form.Key: String?], lists: [Form.Key: [String]] = [:]) {
        for (key, value) in values { single[key.rawValue] = value }
        for (key, value) in lists { self.lists[key.rawValue] = value }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let lists = Form.listKeys
        for field in Form.fields {
            let name = field.key.rawValue
            guard let key = AnyKey(stringValue: name), container.contains(key) else { continue }
            if lists.contains(name) {
                self.lists[name] =
                    (try? container.decode([String].self, forKey: key)) ?? (try? container.decode(String.self, forKey: key)).map { [$0] } ?? []
            } else {
                single[name] = try? container.decode(String.self, forKey: key)
            }
        }
    }

    subscript(key: Form.Key) -> String? {
        get { single[key.rawValue] }
        set { single[key.rawValue] = newValue }
    }

    /// The value, or nil when it was left empty.
    func text(_ key: Form.Key) -> String? { single[key.rawValue].nonEmpty }

    /// A whole number, or nil when empty or not a number (`isMalformed` tells those apart).
    func int(_ key: Form.Key) -> Int? { text(key).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    /// Something typed that is not a whole number.
    func isMalformed(_ key: Form.Key) -> Bool { text(key) != nil && int(key) == nil }

    func list(_ key: Form.Key) -> [String] { lists[key.rawValue] ?? [] }

    func isOn(_ key: Form.Key) -> Bool { text(key) != nil }

    func localized(_ fi: Form.Key, _ sv: Form.Key, _ en: Form.Key) -> LocalizedText {
        LocalizedText(fi: single[fi.rawValue], sv: single[sv.rawValue], en: single[en.rawValue])
    }

    /// What the form shows: these values, no messages yet.
    var state: FormState {
        FormState(values: single, multiValues: lists.mapValues(Set.init))
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

extension FormState {
    /// The state of a form from its typed values.
    init<Form: FormDescription>(_ values: FormValues<Form>) { self = values.state }

    func value<Key: FormKey>(_ key: Key) -> String { value(key.rawValue) }
}
