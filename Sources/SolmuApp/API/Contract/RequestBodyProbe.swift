import Foundation

/// Holds a request body's Swift type against its schema in the OpenAPI document, without JSON: the type is decoded from
/// a decoder that answers from the schema. Every field the type reads must be a property of the schema with a type
/// that fits (a `String` where the document says `integer` is a mismatch), every property of the schema must be read by
/// the type, and an enumeration the type decodes must have exactly the document's values. Values come from the schema
/// (its enum, example, default, format or pattern), so a type that checks what it decodes sees a valid body.
enum RequestBodyProbe {
    static func problems(of body: RequestBody, against schema: JSONValue, in document: OpenAPIDocument) -> [String] {
        let state = ProbeState(check: document.check)
        do {
            try body.decode(ProbeDecoder(schema: schema, path: "$", state: state))
        } catch let error as ProbeState.Mismatch {
            state.problems.append(error.description)
        } catch {
            state.problems.append("decoding the document's example failed: \(error)")
        }
        for (path, object) in state.objects.sorted(by: { $0.key < $1.key }) {
            for name in object.properties.subtracting(object.read).sorted() {
                state.problems.append("\(path).\(name): in the document, never read by \(body.typeName)")
            }
        }
        return state.problems
    }
}

/// What one probe found, shared by the decoders of nested values.
final class ProbeState {
    struct Mismatch: Error, CustomStringConvertible { var description: String }
    struct ObjectSeen { var properties: Set<String>; var read: Set<String> = [] }

    let check: JSONSchemaCheck
    var problems: [String] = []
    var objects: [String: ObjectSeen] = [:]

    init(check: JSONSchemaCheck) { self.check = check }

    /// The schema with references followed and a nullable alternative (`anyOf: [X, null]`, `type: [X, null]`) set aside.
    func resolve(_ schema: JSONValue) -> JSONValue {
        var current = schema
        for _ in 0..<16 {
            if let reference = current["$ref"]?.string, let target = check.resolve(reference) {
                current = target
            } else if let alternatives = current["anyOf"]?.array ?? current["oneOf"]?.array,
                let real = alternatives.first(where: { $0["type"]?.string != "null" })
            {
                current = real
            } else {
                break
            }
        }
        return current
    }

    func types(of schema: JSONValue) -> Set<String> {
        let types = schema["type"]
        return Set(types?.array?.compactMap(\.string) ?? types?.string.map { [$0] } ?? [])
    }

    /// A value the schema allows, for a Swift type that decodes `swiftType` at `path`.
    func example(_ schema: JSONValue, as expected: String, swiftType: Any.Type, at path: String) throws -> JSONValue {
        let resolved = resolve(schema)
        let types = self.types(of: resolved)
        let fits = types.contains(expected) || (expected == "number" && types.contains("integer"))
        guard fits || types.isEmpty && resolved["enum"] != nil else {
            throw Mismatch(description: "\(path): \(swiftType) where the document says \(types.sorted().joined(separator: " or "))")
        }
        if let value = resolved["examples"]?.array?.first ?? resolved["default"] ?? resolved["const"]
            ?? resolved["enum"]?.array?.first(where: { $0 != .null })
        {
            return value
        }
        switch expected {
        case "integer": return .integer(Int(resolved["minimum"]?.double ?? 1))
        case "number": return .number(resolved["minimum"]?.double ?? 1)
        case "boolean": return .bool(true)
        default:
            switch resolved["format"]?.string {
            case "date": return .string("2026-01-31")
            case "date-time": return .string("2026-01-31T12:00:00Z")
            case "uuid": return .string("6f1c2a8e-3b1d-4a57-9a43-0c6a1d2b7e55")
            default: break
            }
            let candidates = ["example", "1", "2026-01-31", "01", "091", "1234567-8", "https://example.fi/", "someone@example.fi"]
            let fitting = candidates.first { check.problems(of: .string($0), against: resolved).isEmpty }
            return .string(fitting ?? "example")
        }
    }

    /// The enumeration's cases against the document's `enum`, both ways.
    func compareEnumeration<T>(_ type: T.Type, schema: JSONValue, at path: String) {
        guard let cases = type as? any CaseIterable.Type else { return }
        func values<C: CaseIterable>(_ type: C.Type) -> [String] {
            C.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
        }
        let swift = Set(values(cases))
        guard !swift.isEmpty, let documented = resolve(schema)["enum"]?.array?.compactMap(\.string) else { return }
        if swift != Set(documented) {
            problems.append("\(path): \(type) has \(swift.sorted()), the document's enum \(documented.sorted())")
        }
    }
}

/// A `Decoder` whose values come from a schema of the document.
struct ProbeDecoder: Decoder {
    let schema: JSONValue
    let path: String
    let state: ProbeState
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let resolved = state.resolve(schema)
        guard state.types(of: resolved).contains("object") || resolved["properties"] != nil else {
            throw ProbeState.Mismatch(description: "\(path): an object in Swift, \(state.types(of: resolved).sorted()) in the document")
        }
        let properties = resolved["properties"]?.object ?? [:]
        if state.objects[path] == nil { state.objects[path] = .init(properties: Set(properties.keys)) }
        return KeyedDecodingContainer(ProbeKeyed<Key>(schema: resolved, properties: properties, path: path, state: state))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let resolved = state.resolve(schema)
        guard state.types(of: resolved).contains("array") else {
            throw ProbeState.Mismatch(description: "\(path): an array in Swift, \(state.types(of: resolved).sorted()) in the document")
        }
        return ProbeUnkeyed(items: resolved["items"] ?? .object([:]), path: path, state: state)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ProbeSingle(schema: schema, path: path, state: state)
    }

    /// Decodes a nested value, comparing enumerations and taking `Date` as the document's date-time string.
    static func decode<T: Decodable>(_ type: T.Type, schema: JSONValue, path: String, state: ProbeState) throws -> T {
        state.compareEnumeration(type, schema: schema, at: path)
        if type == Date.self {
            _ = try state.example(schema, as: "string", swiftType: type, at: path)
            return Date() as! T
        }
        return try T(from: ProbeDecoder(schema: schema, path: path, state: state))
    }
}

private struct ProbeKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let schema: JSONValue
    let properties: [String: JSONValue]
    let path: String
    let state: ProbeState
    var codingPath: [any CodingKey] = []

    /// A dictionary (`additionalProperties` with a schema) has one sample key; an object has its properties.
    var allKeys: [Key] {
        if properties.isEmpty, schema["additionalProperties"]?.object != nil {
            let sample =
                (try? state.example(schema["propertyNames"] ?? .object(["type": .string("string")]), as: "string", swiftType: String.self, at: path))?
                .string
            return [Key(stringValue: sample ?? "key")].compactMap { $0 }
        }
        return properties.keys.sorted().compactMap { Key(stringValue: $0) }
    }

    private func schema(for key: Key) throws -> JSONValue {
        if let property = properties[key.stringValue] {
            state.objects[path]?.read.insert(key.stringValue)
            return property
        }
        if let values = schema["additionalProperties"], values.object != nil { return values }
        throw ProbeState.Mismatch(description: "\(path).\(key.stringValue): read by the Swift type, not in the document")
    }

    func contains(_ key: Key) -> Bool {
        do { _ = try schema(for: key); return true } catch {
            state.problems.append("\(error)")
            return false
        }
    }

    func decodeNil(forKey key: Key) throws -> Bool { _ = try schema(for: key); return false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try ProbeDecoder.decode(type, schema: schema(for: key), path: "\(path).\(key.stringValue)", state: state)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ProbeDecoder(schema: schema(for: key), path: "\(path).\(key.stringValue)", state: state).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ProbeDecoder(schema: schema(for: key), path: "\(path).\(key.stringValue)", state: state).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { ProbeDecoder(schema: schema, path: path, state: state) }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        ProbeDecoder(schema: try schema(for: key), path: "\(path).\(key.stringValue)", state: state)
    }
}

private struct ProbeUnkeyed: UnkeyedDecodingContainer {
    let items: JSONValue
    let path: String
    let state: ProbeState
    var codingPath: [any CodingKey] = []
    var currentIndex = 0
    var count: Int? { 1 }
    var isAtEnd: Bool { currentIndex >= 1 }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        defer { currentIndex += 1 }
        return try ProbeDecoder.decode(type, schema: items, path: "\(path)[]", state: state)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        defer { currentIndex += 1 }
        return try ProbeDecoder(schema: items, path: "\(path)[]", state: state).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        defer { currentIndex += 1 }
        return try ProbeDecoder(schema: items, path: "\(path)[]", state: state).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { ProbeDecoder(schema: items, path: "\(path)[]", state: state) }
}

private struct ProbeSingle: SingleValueDecodingContainer {
    let schema: JSONValue
    let path: String
    let state: ProbeState
    var codingPath: [any CodingKey] = []

    func decodeNil() -> Bool { state.types(of: state.resolve(schema)) == ["null"] }

    private func value(_ expected: String, _ type: Any.Type) throws -> JSONValue {
        try state.example(schema, as: expected, swiftType: type, at: path)
    }

    func decode(_ type: Bool.Type) throws -> Bool { try value("boolean", type).bool ?? true }
    func decode(_ type: String.Type) throws -> String { try value("string", type).string ?? "" }
    func decode(_ type: Double.Type) throws -> Double { try value("number", type).double ?? 1 }
    func decode(_ type: Float.Type) throws -> Float { Float(try value("number", type).double ?? 1) }
    func decode(_ type: Int.Type) throws -> Int { Int(try value("integer", type).double ?? 1) }
    func decode(_ type: Int8.Type) throws -> Int8 { Int8(try value("integer", type).double ?? 1) }
    func decode(_ type: Int16.Type) throws -> Int16 { Int16(try value("integer", type).double ?? 1) }
    func decode(_ type: Int32.Type) throws -> Int32 { Int32(try value("integer", type).double ?? 1) }
    func decode(_ type: Int64.Type) throws -> Int64 { Int64(try value("integer", type).double ?? 1) }
    func decode(_ type: UInt.Type) throws -> UInt { UInt(try value("integer", type).double ?? 1) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { UInt8(try value("integer", type).double ?? 1) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { UInt16(try value("integer", type).double ?? 1) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { UInt32(try value("integer", type).double ?? 1) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { UInt64(try value("integer", type).double ?? 1) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try ProbeDecoder.decode(type, schema: schema, path: path, state: state)
    }
}
