import Foundation

/// Writes open-data CSV: UTF-8 with a byte-order mark (so Excel opens it right), a header row, CRLF line ends.
enum CSVWriter {
    static let byteOrderMark = "\u{FEFF}"

    static func line(_ fields: [String?]) -> String {
        fields.map { escape($0 ?? "") }.joined(separator: ",") + "\r\n"
    }

    static func escape(_ field: String) -> String {
        // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix it with a quote mark.
        var value = field
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
