import Foundation

/// When an event is, in words: times when known (Helsinki time), else the days, month or year as known, else "date not known".
enum EventTime {
    static func text(_ event: Event, _ language: Language) -> String {
        if let starts = event.startsAt {
            let start = Formatting.dateTime(starts, language)
            guard let ends = event.endsAt else { return start }
            // The same day: only the end's clock time.
            if HelsinkiTime.day(ends) == HelsinkiTime.day(starts) { return start + "–" + Formatting.time(ends, language) }
            return start + " – " + Formatting.dateTime(ends, language)
        }
        guard let start = event.startsOn.flatMap(PartialDate.init) else { return language.t("event.dateUnknown") }
        guard let end = event.endsOn.flatMap(PartialDate.init), end != start else { return start.formatted(language) }
        return start.formatted(language) + "–" + end.formatted(language)
    }
}
