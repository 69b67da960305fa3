import Foundation

/// Checks a JSON value against a schema of the OpenAPI document (JSON Schema 2020-12, the keywords the document uses:
/// `$ref`, `type`, `enum`, `const`, `properties`, `required`, `additionalProperties`, `propertyNames`, `items`,
/// `minItems`/`maxItems`, `minimum`/`maximum`, `minLength`/`maxLength`, `pattern`, `format` (date, date-time, uuid),
/// `anyOf`/`oneOf`/`allOf`). Answers what is wrong, each with where, so that a failing test says which field.
struct JSONSchemaCheck: Sendable {
    /// The whole document, for `#/components/...` references.
    let document: JSONValue

    func problems(of value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        guard let keywords = schema.object else { return schema.bool == false ? ["\(path): nothing is allowed here"] : [] }
        var found: [String] = []
        if let reference = keywords["$ref"]?.string {
            guard let target = resolve(reference) else { return ["\(path): the document has no \(reference)"] }
            found += problems(of: value, against: target, at: path)
        }
        if let types = keywords["type"] {
            let allowed = types.array?.compactMap(\.string) ?? types.string.map { [$0] } ?? []
            let actual = value.typeName
            guard allowed.contains(actual) || (actual == "integer" && allowed.contains("number")) else {
                return found + ["\(path): \(actual) where the document says \(allowed.joined(separator: " or "))"]
            }
        }
        if let choices = keywords["enum"]?.array, !choices.contains(where: { Self.same($0, value) }) {
            found.append("\(path): \(Self.describe(value)) is not one of \(choices.map(Self.describe).joined(separator: ", "))")
        }
        if let constant = keywords["const"], !Self.same(constant, value) {
            found.append("\(path): \(Self.describe(value)) is not \(Self.describe(constant))")
        }
        switch value {
        case .string(let text): found += stringProblems(text, keywords, at: path)
        case .integer, .number: found += numberProblems(value.double ?? 0, keywords, at: path)
        case .array(let items): found += arrayProblems(items, keywords, at: path)
        case .object(let members): found += objectProblems(members, keywords, at: path)
        default: break
        }
        if let all = keywords["allOf"]?.array {
            for part in all { found += problems(of: value, against: part, at: path) }
        }
        if let any = keywords["anyOf"]?.array ?? keywords["oneOf"]?.array {
            let fits = any.filter { problems(of: value, against: $0, at: path).isEmpty }.count
            if fits == 0 || (keywords["oneOf"] != nil && fits > 1) {
                found.append("\(path): \(Self.describe(value)) fits \(fits) of the \(any.count) alternatives")
            }
        }
        return found
    }

    /// `#/components/schemas/Network` and the like.
    func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = document
        for part in reference.dropFirst(2).split(separator: "/") {
            node = node?[part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")]
        }
        return node
    }

    private func stringProblems(_ text: String, _ keywords: [String: JSONValue], at path: String) -> [String] {
        var found: [String] = []
        if let minimum = keywords["minLength"]?.double, Double(text.count) < minimum { found.append("\(path): shorter than \(Int(minimum))") }
        if let maximum = keywords["maxLength"]?.double, Double(text.count) > maximum { found.append("\(path): longer than \(Int(maximum))") }
        if let pattern = keywords["pattern"]?.string {
            if let regex = try? Regex(pattern) {
                if (try? regex.firstMatch(in: text)) == nil { found.append("\(path): \"\(text)\" does not match \(pattern)") }
            } else {
                found.append("\(path): the document's pattern \(pattern) does not compile")
            }
        }
        if let format = keywords["format"]?.string, !Self.fits(text, format: format) {
            found.append("\(path): \"\(text)\" is not a \(format)")
        }
        return found
    }

    private func numberProblems(_ number: Double, _ keywords: [String: JSONValue], at path: String) -> [String] {
        var found: [String] = []
        if let minimum = keywords["minimum"]?.double, number < minimum { found.append("\(path): \(number) is below \(minimum)") }
        if let maximum = keywords["maximum"]?.double, number > maximum { found.append("\(path): \(number) is above \(maximum)") }
        return found
    }

    private func arrayProblems(_ items: [JSONValue], _ keywords: [String: JSONValue], at path: String) -> [String] {
        var found: [String] = []
        if let minimum = keywords["minItems"]?.double, Double(items.count) < minimum { found.append("\(path): fewer than \(Int(minimum)) items") }
        if let maximum = keywords["maxItems"]?.double, Double(items.count) > maximum { found.append("\(path): more than \(Int(maximum)) items") }
        if let itemSchema = keywords["items"] {
            for (index, item) in items.enumerated() { found += problems(of: item, against: itemSchema, at: "\(path)[\(index)]") }
        }
        return found
    }

    private func objectProblems(_ members: [String: JSONValue], _ keywords: [String: JSONValue], at path: String) -> [String] {
        var found: [String] = []
        let properties = keywords["properties"]?.object ?? [:]
        for name in keywords["required"]?.array?.compactMap(\.string) ?? [] where members[name] == nil {
            found.append("\(path).\(name): required by the document, missing")
        }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            if let propertySchema = properties[name] {
                found += problems(of: member, against: propertySchema, at: "\(path).\(name)")
            } else if let extra = keywords["additionalProperties"] {
                if extra.bool == false {
                    found.append("\(path).\(name): not in the document")
                } else if extra.object != nil {
                    found += problems(of: member, against: extra, at: "\(path).\(name)")
                }
            }
            if let names = keywords["propertyNames"] {
                found += problems(of: .string(name), against: names, at: "\(path) key \(name)")
            }
        }
        return found
    }

    private static func fits(_ text: String, format: String) -> Bool {
        switch format {
        case "date": return text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil
        case "date-time":
            return (try? Date.ISO8601FormatStyle(includingFractionalSeconds: false).parse(text)) != nil
                || (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)) != nil
        case "uuid": return UUID(uuidString: text) != nil
        default: return true
        }
    }

    /// JSON equality, where 1 and 1.0 are the same number.
    private static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if let x = a.double, let y = b.double { return x == y }
        return a == b
    }

    private static func describe(_ value: JSONValue) -> String {
        guard let data = try? JSONEncoder().encode(value), let text = String(data: data, encoding: .utf8) else { return "\(value)" }
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}
