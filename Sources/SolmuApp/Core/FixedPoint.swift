import Foundation

/// Exact decimal amounts kept as whole numbers of their smallest unit — euros as cents (scale 2),
/// indicator values as thousandths (scale 3) — so sums never pick up floating-point error.
struct FixedPoint: Sendable {
    let scale: Int

    static let money = FixedPoint(scale: 2)
    static let quantity = FixedPoint(scale: 3)

    private var factor: Int64 { Int64(pow(10, Double(scale))) }

    /// Reads `1 234 567,89`, `1234567.89`, `-12` or `12,5` (spaces, NBSPs and a comma or point as people type them).
    /// Nil when it is not a number or has more decimals than the scale.
    func parse(_ raw: String) -> Int64? {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: "\u{202F}", with: "")
            .replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "−", with: "-")
        if text.hasSuffix("€") { text.removeLast() }
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 15, parts[0].allSatisfy(\.isASCII),
            let whole = Int64(parts[0]), whole >= 0
        else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= scale, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            fraction = Int64(digits + String(repeating: "0", count: scale - digits.count)) ?? 0
        }
        let value = whole * factor + fraction
        return negative ? -value : value
    }

    /// The canonical text the API uses: `1234567.89`, `12.5`, `3` (no grouping, a point, trailing zeros dropped).
    func plain(_ value: Int64) -> String {
        let whole = value.magnitude / UInt64(factor)
        var fraction = String(value.magnitude % UInt64(factor))
        fraction = String(repeating: "0", count: scale - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (value < 0 ? "-" : "") + "\(whole)" + (fraction.isEmpty ? "" : ".\(fraction)")
    }

    /// As a page shows it: thousands grouped, the language's decimal mark; money always with two decimals.
    func formatted(_ value: Int64, _ language: Language, alwaysDecimals: Bool = false) -> String {
        let whole = Formatting.integer(Int(value / factor))
        var fraction = String(value.magnitude % UInt64(factor))
        fraction = String(repeating: "0", count: scale - fraction.count) + fraction
        if !alwaysDecimals { while fraction.hasSuffix("0") { fraction.removeLast() } }
        let sign = value < 0 && value / factor == 0 ? "−" : ""
        return sign + whole + (fraction.isEmpty ? "" : (language == .en ? "." : ",") + fraction)
    }

    /// Euros for a page, or "Ei tiedossa" / "Okänt" / "Unknown" when the amount is not known.
    static func euros(_ cents: Int64?, _ language: Language) -> String {
        cents.map { euros($0, language) } ?? language.t("value.unknown")
    }

    /// Euros for a page: `1 234 567,89 €` (fi, sv) or `€1,234,567.89`-style grouping kept as NBSP for every language.
    static func euros(_ cents: Int64, _ language: Language) -> String {
        let text = money.formatted(cents, language, alwaysDecimals: cents % 100 != 0)
        return language == .en ? "€\u{00A0}" + text : text + "\u{00A0}€"
    }
}
