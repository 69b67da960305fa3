import Fluent
import Vapor

/// Loads events with what their pages, feeds and API answers show.
enum EventLoader {
    static func query(_ database: any Database) -> QueryBuilder<Event> {
        Event.query(on: database).with(\.$themes).with(\.$network).with(\.$programme).with(\.$series).with(\.$municipality) { $0.with(\.$region) }
    }

    /// The event, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> Event {
        guard let event = try await query(database).filter(\.$id == id).first() else { throw Problem.notFound() }
        return event
    }

    /// The event as `request`'s visitor may see it (organiser, or the public with the invitation link if it needs one), or 404.
    static func visible(_ id: Int, to req: Request) async throws -> (Event, organiser: Bool) {
        let event = try await require(id, on: req.db)
        let organiser = try await EventAccess.canOrganise(req.currentUser, event, on: req.db)
        guard EventAccess.canSee(event, organiser: organiser, invitation: req.query[String.self, at: "invitation"]) else { throw Problem.notFound() }
        return (event, organiser)
    }

    /// The event as it is stored (no relations), or nil.
    static func find(_ id: Int, on database: any Database) async throws -> Event? {
        try await Event.find(id, on: database)
    }

    /// A roadshow's stops that its page shows (all of them to organisers, the public ones to others), in time order.
    static func stops(of roadshowID: Int, organiser: Bool, on database: any Database) async throws -> [Event] {
        try await query(database).filter(\.$series.$id == roadshowID).all()
            .filter { EventAccess.canSee($0, organiser: organiser, invitation: nil) }.sorted(by: Event.chronologically)
    }

    /// The network and the programme an event is to belong to exist; a 422 naming the field otherwise.
    static func checkOwners(network: Int?, programme: Int?, on database: any Database) async throws {
        if let network, try await Network.find(network, on: database) == nil { throw Problem.validation(["networkId": "network.unknown"]) }
        if let programme, try await Programme.find(programme, on: database) == nil { throw Problem.validation(["programmeId": "programme.unknown"]) }
    }

    /// Networks as the calendar's filter offers them, in name order.
    static func networkChoices(on database: any Database) async throws -> [(value: String, label: String)] {
        try await Network.query(on: database).sort(\.$name).all().map { (value: "\($0.id ?? 0)", label: $0.name) }
    }

    /// The public calendar: published events open to all, narrowed by the filter; in time order, unknown dates last.
    static func calendar(_ filter: CalendarFilter, on database: any Database) async throws -> [Event] {
        var query = query(database).filter(\.$published == true).filter(\.$invitationToken == nil)
        if let network = filter.network { query = query.filter(\.$network.$id == network) }
        if let programme = filter.programme { query = query.filter(\.$programme.$id == programme) }
        if let kind = filter.kind { query = query.filter(\.$kind == kind) }
        if let series = filter.series { query = query.filter(\.$series.$id == series) }
        let events = try await query.all()
        return
            events
            .filter { event in filter.theme.map { theme in event.themes.contains { $0.id == theme } } ?? true }
            .filter { event in filter.region.map { $0 == event.municipality?.$region.id } ?? true }
            .sorted(by: Event.chronologically)
    }
}

extension Event {
    /// Venue and municipality, or "online". Needs `municipality` loaded.
    func place(_ language: Language) -> String? {
        let parts = [venue, municipality?.name(language)].compactMap { $0 }
        if !parts.isEmpty { return parts.joined(separator: ", ") }
        return onlineURL == nil ? nil : language.t("event.online")
    }

    /// Known dates first, earliest first; then by title.
    static func chronologically(_ a: Event, _ b: Event) -> Bool {
        switch (a.startsOn.flatMap(PartialDate.init), b.startsOn.flatMap(PartialDate.init)) {
        case let (x?, y?) where x != y: return x < y || (x.earliest == y.earliest && x.text.count < y.text.count)
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (a.startsAt ?? .distantPast, a.titleFi, a.id ?? 0) < (b.startsAt ?? .distantPast, b.titleFi, b.id ?? 0)
        }
    }
}
