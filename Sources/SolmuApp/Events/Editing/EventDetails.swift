/// An event as the API and the form submit it. Times in Helsinki time (`2026-09-21T09:00`) or with an offset;
/// when only the day, month or year is known, `startsOn`/`endsOn` (`2022-06`) instead.
struct EventDetails: Codable, Sendable {
    var kind: Event.Kind?
    var networkId: Int?
    var programmeId: Int?
    var seriesId: Int?
    var title: LocalizedText?
    var description: LocalizedText?
    var themeIds: [String]?
    var startsAt: String?
    var endsAt: String?
    var startsOn: String?
    var endsOn: String?
    var municipalityCode: String?
    var venue: String?
    var onlineUrl: String?
    var capacity: Int?
    var registrationOpensAt: String?
    var registrationClosesAt: String?
    var published: Bool?
    var byInvitation: Bool?
    var inputsOpen: Bool?
}

extension Event {
    var details: EventDetails {
        EventDetails(
            kind: kind, networkId: $network.id, programmeId: $programme.id, seriesId: $series.id, title: title, description: description,
            themeIds: $themes.value?.compactMap(\.id), startsAt: startsAt.map(HelsinkiTime.local), endsAt: endsAt.map(HelsinkiTime.local),
            startsOn: startsAt == nil ? startsOn : nil, endsOn: endsAt == nil ? endsOn : nil, municipalityCode: $municipality.id,
            venue: venue, onlineUrl: onlineURL, capacity: capacity, registrationOpensAt: registrationOpensAt.map(HelsinkiTime.local),
            registrationClosesAt: registrationClosesAt.map(HelsinkiTime.local), published: published, byInvitation: byInvitation,
            inputsOpen: inputsOpen)
    }
}
