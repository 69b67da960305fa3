import Foundation

/// Fields a form repeats once per row, as many rows as the page draws (a work package's tasks, a target per
/// indicator). Their names carry the row number, so they cannot be described once like a `FormDescription`'s fields:
/// a `FormRows` names a row's fields, and `FormRowValues` holds what was posted in them or what a record fills them with.
protocol FormRows {
    associatedtype Field: FormKey
    /// The name a row's field is posted under, e.g. `items.2.title`.
    static func name(_ row: Int, _ field: Field) -> String
}

/// What a form's rows hold, by row and field. Decoded from a post next to the form's `FormValues`: which posted names
/// are rows is known only from how many rows the page drew, so every posted text is kept and read by row when asked.
struct FormRowValues<Rows: FormRows>: Decodable {
    private var posted: [String: String] = [:]

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Name.self)
        for key in container.allKeys {
            if let value = try? container.decode(String.self, forKey: key) { posted[key.stringValue] = value }
        }
    }

    subscript(row: Int, field: Rows.Field) -> String? {
        get { posted[Rows.name(row, field)] }
        set { posted[Rows.name(row, field)] = newValue }
    }

    /// The value, or nil when it was left empty.
    func text(_ row: Int, _ field: Rows.Field) -> String? { self[row, field].nonEmpty }

    /// `state` with the values of the first `rows` rows added, to draw the form with.
    func adding(rows: Int, to state: FormState) -> FormState {
        var state = state
        for row in 0..<rows {
            for field in Rows.Field.allCases {
                if let value = self[row, field] { state.values[Rows.name(row, field)] = value }
            }
        }
        return state
    }

    private struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
