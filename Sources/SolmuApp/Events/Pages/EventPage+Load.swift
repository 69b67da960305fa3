import Fluent
import Foundation

extension EventPage {
    /// The page's loader: the event (as `EventLoader` loads it, already checked visible), its roadshow stops, places
    /// taken, the public list of participants and the inputs it collected, as plain values in `language`.
    /// `organiser`: the visitor organises it (sees unpublished stops and the organiser's tools).
    static func load(
        _ event: Event, organiser: Bool, invitation: String?, publicURL: String, now: Date, language: Language,
        on database: any Database
    ) async throws -> EventPage {
        let id = try event.requireID()
        let today = HelsinkiTime.day(now)
        let stops = try await EventLoader.stops(of: id, organiser: organiser, on: database).map { stop in
            Stop(
                id: stop.id ?? 0, title: stop.title, kind: stop.kind, dates: stop.dates, place: stop.place(language),
                location: stop.municipality.flatMap { place -> Location? in
                    guard let longitude = place.longitude, let latitude = place.latitude else { return nil }
                    return Location(name: place.name(language), longitude: longitude, latitude: latitude)
                },
                past: stop.isPast(today: today))
        }
        let inputs = try await WorkshopInput.query(on: database).filter(\.$event.$id == id).with(\.$theme).with(\.$actions).sort(\.$id).all()
            .map { InputList.Item($0, language) }
        let owner: Organiser? =
            event.network.map { .network(id: $0.id ?? 0, name: $0.name) }
            ?? event.programme.map { .programme(id: $0.id ?? 0, name: $0.name) }
        return EventPage(
            id: id, title: event.title, description: event.description, kind: event.kind, dates: event.dates,
            series: event.series.map { Series(id: $0.id ?? 0, title: $0.title) }, isStop: event.$series.id != nil,
            published: event.published, invitationToken: event.invitationToken, place: event.place(language), onlineURL: event.onlineURL,
            owner: owner, themes: event.themes.map { $0.name(language) }.sorted(),
            capacity: event.capacity, registrationOpensAt: event.registrationOpensAt, registrationClosesAt: event.registrationClosesAt,
            registrationOpen: event.registrationIsOpen(at: now), canPlace: ICalendar.canPlace(event), inputsOpen: event.inputsOpen,
            networkID: event.$network.id, stops: stops,
            places: try await Participants.counts([id], on: database)[id] ?? PlaceCount(),
            participants: try await Participants.listed(of: id, on: database), inputs: inputs, organiser: organiser,
            invitation: invitation, publicURL: publicURL, now: now, isPast: event.isPast(today: today))
    }
}
