import Foundation

/// A date known to a year, a month or a day — `2022`, `2022-06`, `2022-06-15` — as the seeds give them
/// ("started early 2022"): nothing more precise is invented.
struct PartialDate: Comparable, Sendable {
    let text: String
    private let year: Int, month: Int?, day: Int?

    init?(_ raw: String) {
        let parts = raw.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), (1900...2200).contains(year) else { return nil }
        var month: Int?, day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), let m = month,
                DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: m, day: d).isValidDate
            else { return nil }
            day = d
        }
        self.year = year
        self.month = month
        self.day = day
        text = [String(format: "%04d", year), month.map { String(format: "%02d", $0) }, day.map { String(format: "%02d", $0) }]
            .compactMap { $0 }.joined(separator: "-")
    }

    /// The earliest and latest day the date can mean, for comparing dates of different precision.
    var earliest: (Int, Int, Int) { (year, month ?? 1, day ?? 1) }
    var latest: (Int, Int, Int) { (year, month ?? 12, day ?? 31) }

    static func < (lhs: PartialDate, rhs: PartialDate) -> Bool { lhs.earliest < rhs.earliest }
    static func == (lhs: PartialDate, rhs: PartialDate) -> Bool { lhs.text == rhs.text }

    /// True when a period ending at `end` cannot have begun at `start`.
    static func endsBeforeStart(start: PartialDate, end: PartialDate) -> Bool { end.latest < start.earliest }

    /// As the page's language writes it: `2022`, `6/2022`, `15.6.2022` (fi, sv) or `Jun 2022`, `15 Jun 2022` (en).
    func formatted(_ language: Language) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        switch (language, month, day) {
        case (_, nil, _): return "\(year)"
        case (.en, let m?, nil): return "\(months[m - 1]) \(year)"
        case (.en, let m?, let d?): return "\(d) \(months[m - 1]) \(year)"
        case (_, let m?, nil): return "\(m)/\(year)"
        case (_, let m?, let d?): return "\(d).\(m).\(year)"
        }
    }
}
