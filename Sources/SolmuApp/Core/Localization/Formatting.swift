import Foundation

/// Dates and numbers the way each language writes them; times in Europe/Helsinki.
public enum Formatting {
    static let helsinki = TimeZone(identifier: "Europe/Helsinki")!

    /// fi `25.11.2026 klo 14.30`, sv `25.11.2026 kl. 14.30`, en `25 Nov 2026, 14:30`.
    public static func dateTime(_ date: Date, _ language: Language) -> String {
        switch language {
        case .fi: return "\(self.date(date, language)) klo \(time(date, language))"
        case .sv: return "\(self.date(date, language)) kl. \(time(date, language))"
        case .en: return "\(self.date(date, language)), \(time(date, language))"
        }
    }

    /// The day in Helsinki: fi and sv `25.11.2026`, en `25 Nov 2026`.
    public static func date(_ date: Date, _ language: Language) -> String {
        let c = helsinkiComponents(date)
        let (d, m, y) = (c.day!, c.month!, c.year!)
        guard language == .en else { return "\(d).\(m).\(y)" }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(d) \(months[m - 1]) \(y)"
    }

    /// The clock time in Helsinki: fi and sv `14.30`, en `14:30` (`09:05`).
    public static func time(_ date: Date, _ language: Language) -> String {
        let c = helsinkiComponents(date)
        let (h, min) = (c.hour!, c.minute!)
        let mm = min < 10 ? "0\(min)" : "\(min)"
        return language == .en ? "\(h < 10 ? "0\(h)" : "\(h)"):\(mm)" : "\(h).\(mm)"
    }

    private static func helsinkiComponents(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = helsinki
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
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

extension Formatting {
    /// A period of partial dates (`2022`, `2022-06`, `2022-06-15`) as a language writes it: "2022 – kesäkuu 2024",
    /// "from 2022", "until June 2024"; nil when neither end is known.
    static func period(_ start: String?, _ end: String?, _ language: Language) -> String? {
        let from = start.flatMap(PartialDate.init), to = end.flatMap(PartialDate.init)
        switch (from, to) {
        case (nil, nil): return nil
        case (let f?, nil): return language.t("period.from", ["start": f.formatted(language)])
        case (nil, let t?): return language.t("period.until", ["end": t.formatted(language)])
        case (let f?, let t?): return "\(f.formatted(language)) – \(t.formatted(language))"
        }
    }
}
