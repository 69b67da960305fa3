import Foundation

/// A date known to a year, a month, a part of a month or a day — `2022`, `2022-06`, `2022-12-early`, `2022-06-15` —
/// as the seeds give them ("joulukuun alussa", "in early December"): nothing more precise is invented.
struct PartialDate: Comparable, Sendable {
    /// The part of a month a seed names: the first, middle or last ten days or so.
    enum PartOfMonth: String, CaseIterable, Sendable {
        case early, mid, late

        var days: ClosedRange<Int> {
            switch self {
            case .early: 1...10
            case .mid: 11...20
            case .late: 21...31
            }
        }
    }

    let text: String
    private let year: Int, month: Int?, day: Int?
    private let part: PartOfMonth?

    /// Known to the day, e.g. for a calendar's all-day event.
    var isDay: Bool { day != nil }

    init?(_ raw: String) {
        let parts = raw.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), (1900...2200).contains(year) else { return nil }
        var month: Int?, day: Int?, part: PartOfMonth?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3, let named = PartOfMonth(rawValue: String(parts[2])) {
            part = named
        } else if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), let m = month,
                DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: m, day: d).isValidDate
            else { return nil }
            day = d
        }
        self.year = year
        self.month = month
        self.day = day
        self.part = part
        text = [
            String(format: "%04d", year), month.map { String(format: "%02d", $0) },
            day.map { String(format: "%02d", $0) } ?? part?.rawValue,
        ]
        .compactMap { $0 }.joined(separator: "-")
    }

    /// The earliest and latest day the date can mean, for comparing dates of different precision.
    var earliest: (Int, Int, Int) { (year, month ?? 1, day ?? part?.days.lowerBound ?? 1) }
    var latest: (Int, Int, Int) { (year, month ?? 12, day ?? part?.days.upperBound ?? 31) }

    static func < (lhs: PartialDate, rhs: PartialDate) -> Bool { lhs.earliest < rhs.earliest }
    static func == (lhs: PartialDate, rhs: PartialDate) -> Bool { lhs.text == rhs.text }

    /// True when a period ending at `end` cannot have begun at `start`.
    static func endsBeforeStart(start: PartialDate, end: PartialDate) -> Bool { end.latest < start.earliest }

    /// As people write it: a day as digits (fi, sv `15.6.2022`, en `15 Jun 2022`), a month or part of a month in words
    /// (fi `kesäkuu 2022`, `joulukuun alku 2022`; sv `juni 2022`, `början av december 2022`; en `June 2022`,
    /// `early December 2022`), a year alone as `2022`. Month names come from the translation table (`month.N`,
    /// `month.N.genitive`, `monthPart.early`…), so the wording is the translators'.
    func formatted(_ language: Language) -> String {
        guard let month else { return "\(year)" }
        if let day {
            guard language == .en else { return "\(day).\(month).\(year)" }
            let short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return "\(day) \(short[month - 1]) \(year)"
        }
        guard let part else { return language.t("date.month", ["month": language.t("month.\(month)"), "year": "\(year)"]) }
        return language.t(
            "date.monthPart.\(part.rawValue)", ["month": language.t("month.\(month).inPart"), "year": "\(year)"])
    }

    /// Two dates as one span, the way people write it: days of one month share it (fi, sv `21.–22.9.2022`, en
    /// `21–22 Sep 2022`); spans written in words take spaces round the dash (`lokakuu 2022 – helmikuu 2023`).
    static func range(_ start: PartialDate, _ end: PartialDate, _ language: Language) -> String {
        if let first = start.day, let last = end.day, start.year == end.year, start.month == end.month {
            return language == .en ? "\(first)–\(end.formatted(language))" : "\(first).–\(end.formatted(language))"
        }
        let (from, to) = (start.formatted(language), end.formatted(language))
        return from.contains(" ") || to.contains(" ") ? "\(from) – \(to)" : "\(from)–\(to)"
    }
}
