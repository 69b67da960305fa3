import Foundation
import NIOCore

/// One value of a backup, as the source engine stored it. SQLite's four storage classes are kept as they are (so a
/// SQLite backup restores bit for bit); PostgreSQL's values travel as the server's own text form, which it reads
/// back exactly (`CAST(text AS type)`).
enum DumpValue: Codable, Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    private enum Key: String, CodingKey { case i, f, s, b }

    init(from decoder: any Decoder) throws {
        if try decoder.singleValueContainer().decodeNil() { self = .null; return }
        let container = try decoder.container(keyedBy: Key.self)
        if let value = try container.decodeIfPresent(Int64.self, forKey: .i) {
            self = .integer(value)
        } else if let value = try container.decodeIfPresent(Double.self, forKey: .f) {
            self = .real(value)
        } else if let value = try container.decodeIfPresent(String.self, forKey: .s) {
            self = .text(value)
        } else if let value = try container.decodeIfPresent(Data.self, forKey: .b) {
            self = .blob(value)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an unknown value"))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .integer(let value):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(value, forKey: .i)
        case .real(let value):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(value, forKey: .f)
        case .text(let value):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(value, forKey: .s)
        case .blob(let value):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(value, forKey: .b)
        }
    }

    /// The value as PostgreSQL reads it for a column of `type` (`format_type`), from a SQLite backup: SQLite keeps
    /// booleans as 0/1, times as seconds since 1970 and UUIDs as text.
    func postgresText(for type: String) -> String? {
        switch self {
        case .null:
            return nil
        case .integer(let value):
            if type == "boolean" { return value == 0 ? "false" : "true" }
            if type.hasPrefix("timestamp") { return Self.timestamp(Double(value)) }
            return String(value)
        case .real(let value):
            if type.hasPrefix("timestamp") { return Self.timestamp(value) }
            return "\(value)"
        case .text(let value):
            if type.hasSuffix("[]"), let data = value.data(using: .utf8),
                let items = try? JSONSerialization.jsonObject(with: data) as? [Any]
            {
                return "{"
                    + items.map { "\"" + "\($0)".replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
                    .joined(separator: ",") + "}"
            }
            return value
        case .blob(let value):
            if type == "uuid", value.count == 16 { return UUID(uuid: value.withUnsafeBytes { $0.load(as: uuid_t.self) }).uuidString }
            return "\\x" + value.map { String(format: "%02x", $0) }.joined()
        }
    }

    /// Seconds since 1970 as a UTC timestamp to the microsecond, PostgreSQL's precision.
    static func timestamp(_ seconds: Double) -> String {
        let micros = Int64((seconds * 1_000_000).rounded())
        var whole = time_t(micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000)
        let fraction = micros - Int64(whole) * 1_000_000
        var parts = tm()
        gmtime_r(&whole, &parts)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d.%06lld+00", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
            parts.tm_hour, parts.tm_min, parts.tm_sec, fraction)
    }
}
