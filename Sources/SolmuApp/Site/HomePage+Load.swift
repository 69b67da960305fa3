import Fluent
import Foundation

extension HomePage {
    /// The page's loader: open calls and coming events as `now` and `today` (a Helsinki day) place them, the networks
    /// and programmes through their own lists' loaders, and the atlas's figures.
    static func load(viewer: User?, now: Date, today: String, language: Language, on database: any Database) async throws -> HomePage {
        let calls = try await CallsPage.load(viewer: viewer, now: now, on: database).calls.filter { $0.published && $0.isOpen }
        let events = try await EventLoader.calendar(CalendarFilter(), on: database).filter { !$0.isPast(today: today) }.map { event in
            EventsPage.Row(
                id: event.id ?? 0, title: event.title, kind: event.kind, dates: event.dates, place: event.place(language),
                organiser: event.network?.name ?? event.programme?.name, dated: event.startsOn != nil, past: false)
        }
        return HomePage(
            openCalls: calls.sorted { $0.closesAt < $1.closesAt },
            comingEvents: events.filter(\.dated), undatedEvents: events.filter { !$0.dated },
            networks: try await NetworksPage.load(viewer: viewer, on: database).networks,
            programmes: try await ProgrammesPage.load(viewer: viewer, on: database).programmes,
            organizationCount: try await Organization.query(on: database).count(),
            regionCount: try await Region.query(on: database).count(),
            municipalityCount: try await Municipality.query(on: database).count())
    }
}
