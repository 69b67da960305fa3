import Foundation

/// An event's dates as known: the instants when the times are known, else the days, month or year. A plain value
/// pages keep instead of the event.
struct EventDates: Sendable {
    var startsAt: Date?
    var endsAt: Date?
    var startsOn: String?
    var endsOn: String?
}

extension Event {
    var dates: EventDates { EventDates(startsAt: startsAt, endsAt: endsAt, startsOn: startsOn, endsOn: endsOn) }
}

/// When an event is, in words: times when known (Helsinki time), else the days, month or year as known, else "date not known".
enum EventTime {
    static func text(_ event: Event, _ language: Language) -> String { text(event.dates, language) }

    static func text(_ dates: EventDates, _ language: Language) -> String {
        if let starts = dates.startsAt {
            let start = Formatting.dateTime(starts, language)
            guard let ends = dates.endsAt else { return start }
            // The same day: only the end's clock time.
            if HelsinkiTime.day(ends) == HelsinkiTime.day(starts) { return start + "–" + Formatting.time(ends, language) }
            return start + " – " + Formatting.dateTime(ends, language)
        }
        guard let start = dates.startsOn.flatMap(PartialDate.init) else { return language.t("event.dateUnknown") }
        guard let end = dates.endsOn.flatMap(PartialDate.init), end != start else { return start.formatted(language) }
        return PartialDate.range(start, end, language)
    }
}
