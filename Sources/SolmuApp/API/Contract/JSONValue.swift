import Foundation

/// Any JSON value, as the OpenAPI document and the bodies checked against it are read: numbers keep whether they were
/// written as integers, because the document says `integer` or `number`.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var string: String? { if case .string(let value) = self { return value } else { return nil } }
    var object: [String: JSONValue]? { if case .object(let members) = self { return members } else { return nil } }
    var array: [JSONValue]? { if case .array(let items) = self { return items } else { return nil } }
    var bool: Bool? { if case .bool(let value) = self { return value } else { return nil } }

    var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The name JSON Schema gives this value's type (an integral number is also a `number`).
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number(let value): value.rounded() == value ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// What Yams' `load` gives: native Swift values, mappings with string keys.
    init(yaml value: Any?) throws {
        switch value {
        case nil, is NSNull: self = .null
        case let value as Bool: self = .bool(value)
        case let value as Int: self = .integer(value)
        case let value as Double: self = .number(value)
        case let value as String: self = .string(value)
        case let value as Date: self = .string(value.formatted(.iso8601))
        case let value as [Any]: self = .array(try value.map { try JSONValue(yaml: $0) })
        case let value as [String: Any]: self = .object(try value.mapValues { try JSONValue(yaml: $0) })
        case let value as [AnyHashable: Any]:
            var members: [String: JSONValue] = [:]
            for (key, member) in value { members["\(key.base)"] = try JSONValue(yaml: member) }
            self = .object(members)
        default: throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a JSON value: \(type(of: value!))"))
        }
    }
}

extension JSONValue: Codable {
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }
}
