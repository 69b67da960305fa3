import Fluent

extension EventsPage {
    /// The page's loader: the calendar's events as the filter narrows them, as plain rows in `language`; `today`
    /// (a Helsinki day) splits upcoming from past; `viewer` decides whether the page offers to publish one.
    static func load(filter: CalendarFilter, viewer: User?, today: String, language: Language, on database: any Database) async throws -> EventsPage {
        let rows = try await EventLoader.calendar(filter, on: database).map { event in
            Row(
                id: event.id ?? 0, title: event.title, kind: event.kind, dates: event.dates, place: event.place(language),
                organiser: event.network?.name ?? event.programme?.name, dated: event.startsOn != nil, past: event.isPast(today: today))
        }
        let canPublish = viewer.map { $0.isAdmin || $0.$organization.id != nil } ?? false
        return EventsPage(
            events: rows, filter: filter, networks: try await EventLoader.networkChoices(on: database),
            options: try await AtlasOptions.load(database, language), canPublish: canPublish)
    }
}
