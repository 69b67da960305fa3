import Foundation
import Vapor

/// Events as an iCalendar document (RFC 5545) that calendar programs subscribe to. Times are written in the
/// Europe/Helsinki zone, which the document defines (VTIMEZONE with its daylight-saving rules), so an event at 10.00
/// stays at 10.00 on both sides of the change to summer time. An event known only to its days is an all-day event;
/// one known only to a month or year, or not at all, cannot be put in a calendar and is left out.
struct ICalendar {
    var name: String
    var events: [Event]
    /// Solmu's public address: each event's URL leads back to its page, and its UID is unique to this Solmu.
    var publicURL: String
    var language: Language
    var now = Date()

    func render() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Solmu//Events//\(language.rawValue.uppercased())", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name), "X-WR-TIMEZONE:Europe/Helsinki",
        ]
        lines += Self.helsinki
        for event in events { lines += vevent(event) }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Whether the event can be in a calendar: its times, or its whole days, are known.
    static func canPlace(_ event: Event) -> Bool {
        event.startsAt != nil || event.startsOn.flatMap(PartialDate.init)?.isDay == true
    }

    private func vevent(_ event: Event) -> [String] {
        guard Self.canPlace(event), let id = event.id else { return [] }
        let host = URL(string: publicURL)?.host ?? "solmu"
        let url = publicURL + SiteURL.event(id).path(language)
        var lines = ["BEGIN:VEVENT", "UID:event-\(id)@\(host)", "DTSTAMP:" + Self.utc(event.updatedAt ?? now)]
        if let starts = event.startsAt {
            lines.append("DTSTART;TZID=Europe/Helsinki:" + Self.local(starts))
            // With no end given, an hour: calendars need one, and RFC 5545 would otherwise make it last no time at all.
            lines.append("DTEND;TZID=Europe/Helsinki:" + Self.local(event.endsAt ?? starts.addingTimeInterval(3600)))
        } else if let day = event.startsOn {
            let last = event.endsOn.flatMap { $0.count == 10 ? $0 : nil } ?? day
            lines.append("DTSTART;VALUE=DATE:" + day.replacingOccurrences(of: "-", with: ""))
            // DTEND of an all-day event is the day after the last (exclusive).
            lines.append("DTEND;VALUE=DATE:" + Self.dayAfter(last))
        }
        lines.append("SUMMARY:" + Self.escape(event.title.display(language)))
        var description = event.description.display(language)
        description += (description.isEmpty ? "" : "\n\n") + url
        lines.append("DESCRIPTION:" + Self.escape(description))
        let place = [event.venue, event.municipality?.name(language)].compactMap { $0 }.joined(separator: ", ")
        if !place.isEmpty {
            lines.append("LOCATION:" + Self.escape(place))
        } else if let online = event.onlineURL {
            lines.append("LOCATION:" + Self.escape(online))
        }
        lines.append("URL:" + url)
        lines.append("CATEGORIES:" + Self.escape(language.t(event.kind.labelKey)))
        lines.append("STATUS:CONFIRMED")
        lines.append("END:VEVENT")
        return lines
    }

    /// Europe/Helsinki since 1983: EET (+02:00) from the last Sunday of October, EEST (+03:00) from the last Sunday of March, at 01.00 UTC.
    static let helsinki = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Helsinki",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19810329T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19961027T040000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func local(_ date: Date) -> String {
        HelsinkiTime.local(date).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "00"
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    static func dayAfter(_ day: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
            let next = calendar.date(byAdding: .day, value: 1, to: date)
        else { return day.replacingOccurrences(of: "-", with: "") }
        let c = calendar.dateComponents([.year, .month, .day], from: next)
        return String(format: "%04d%02d%02d", c.year!, c.month!, c.day!)
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;").replacingOccurrences(of: ",", with: "\\,")
            .replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out += String(character)
            count += size
        }
        return out
    }

    func response() -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"solmu.ics\"")
        return Response(status: .ok, headers: headers, body: .init(string: render()))
    }
}
