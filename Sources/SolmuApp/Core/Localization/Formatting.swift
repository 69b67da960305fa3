import Foundation

/// Dates and numbers the way each language writes them; times in Europe/Helsinki.
public enum Formatting {
    static let helsinki = TimeZone(identifier: "Europe/Helsinki")!

    /// fi `25.11.2026 klo 14.30`, sv `25.11.2026 kl. 14.30`, en `25 Nov 2026, 14:30`.
    public static func dateTime(_ date: Date, _ language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = helsinki
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let (d, m, y, h, min) = (c.day!, c.month!, c.year!, c.hour!, c.minute!)
        let mm = min < 10 ? "0\(min)" : "\(min)"
        switch language {
        case .fi: return "\(d).\(m).\(y) klo \(h).\(mm)"
        case .sv: return "\(d).\(m).\(y) kl. \(h).\(mm)"
        case .en:
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return "\(d) \(months[m - 1]) \(y), \(h < 10 ? "0\(h)" : "\(h)"):\(mm)"
        }
    }

    /// A decimal with two places: a comma in Finnish and Swedish, a point in English (`1,25` / `1.25`).
    public static func decimal(_ value: Double, _ language: Language) -> String {
        let text = String(format: "%.2f", value)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// Whole numbers with a (non-breaking) space as thousands separator in every language: `95 000 000`.
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "−" : "") + groups.joined(separator: "\u{00A0}")
    }
}
