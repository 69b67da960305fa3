import Foundation

/// Times as people in Finland give them: `2026-12-01T14:00` means 14.00 in Helsinki (summer or winter time
/// as it is that day); a time with an offset or `Z` is taken as it stands. Stored as an instant, shown in Helsinki.
enum HelsinkiTime {
    static func parse(_ raw: String) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let withOffset = ISO8601DateFormatter()
        withOffset.formatOptions = [.withInternetDateTime]
        if let date = withOffset.date(from: text) { return date }
        let pattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/
        guard let match = text.wholeMatch(of: pattern) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Formatting.helsinki
        let components = DateComponents(
            year: Int(match.1), month: Int(match.2), day: Int(match.3), hour: Int(match.4), minute: Int(match.5),
            second: match.6.flatMap { Int($0) } ?? 0)
        guard components.isValidDate(in: calendar), let hour = components.hour, hour < 24 else { return nil }
        return calendar.date(from: components)
    }

    /// The day in Helsinki: `2026-12-01`.
    static func day(_ date: Date) -> String { String(local(date).prefix(10)) }

    /// The local time for a form field: `2026-12-01T14:00`.
    static func local(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Formatting.helsinki
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }
}
