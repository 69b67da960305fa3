import Foundation
import Vapor

/// An event as the API shows it. Times as instants; `startsOn`/`endsOn` give the days (or the month or year) as
/// known. Places are counted, never listed: who registered is for the organisers (`/registrations`), and the
/// public list of participants shows only those who agreed to it (`/participants`).
struct EventDTO: Content {
    var id: Int
    var kind: Event.Kind
    var networkId: Int?
    var programmeId: Int?
    var seriesId: Int?
    var title: LocalizedText
    var description: LocalizedText
    var themeIds: [String]
    var startsAt: Date?
    var endsAt: Date?
    var startsOn: String?
    var endsOn: String?
    var municipalityCode: String?
    var venue: String?
    var onlineUrl: String?
    var capacity: Int?
    var registrationOpensAt: Date?
    var registrationClosesAt: Date?
    var registrationOpen: Bool
    var confirmed: Int
    var waiting: Int
    var published: Bool
    var byInvitation: Bool
    /// The invitation link's code: organisers only.
    var invitation: String?
    var inputsOpen: Bool
    var calendarUrl: String?
}

/// Places taken and waiting, per event.
struct PlaceCount: Sendable {
    var confirmed = 0
    var waiting = 0
}

extension Event {
    /// Needs `themes` loaded.
    func toDTO(places: PlaceCount, organiser: Bool, now: Date = Date()) throws -> EventDTO {
        let id = try requireID()
        return EventDTO(
            id: id, kind: kind, networkId: $network.id, programmeId: $programme.id, seriesId: $series.id, title: title, description: description,
            themeIds: themes.compactMap(\.id).sorted(), startsAt: startsAt, endsAt: endsAt, startsOn: startsOn, endsOn: endsOn,
            municipalityCode: $municipality.id, venue: venue, onlineUrl: onlineURL, capacity: capacity,
            registrationOpensAt: registrationOpensAt, registrationClosesAt: registrationClosesAt, registrationOpen: registrationIsOpen(at: now),
            confirmed: places.confirmed, waiting: places.waiting, published: published, byInvitation: byInvitation,
            invitation: organiser ? invitationToken : nil, inputsOpen: inputsOpen,
            calendarUrl: ICalendar.canPlace(self) ? "/api/v1/events/\(id)/calendar.ics" : nil)
    }

    static let csvHeader = [
        "id", "kind", "network_id", "programme_id", "series_id", "title_fi", "title_sv", "title_en", "starts_at", "ends_at", "starts_on",
        "ends_on", "municipality_code", "venue", "online_url", "capacity", "confirmed", "waiting",
    ]

    func csvRow(_ places: PlaceCount) throws -> [String?] {
        [
            "\(try requireID())", kind.rawValue, $network.id.map(String.init), $programme.id.map(String.init), $series.id.map(String.init), titleFi,
            titleSv, titleEn,
            startsAt?.formatted(.iso8601), endsAt?.formatted(.iso8601), startsOn, endsOn, $municipality.id, venue, onlineURL,
            capacity.map(String.init),
            "\(places.confirmed)", "\(places.waiting)",
        ]
    }
}
