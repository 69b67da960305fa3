import Fluent
import Foundation

/// The demo's events (`events.json`) and round-table topics (`roundtable.json`) from the seeds: SIXNET's roadshow
/// and workshops, the round table's pilot, the regional towns' seminars and webinars. Dates the seeds do not give
/// stay unknown (a month, a year, or nothing); no participants or inputs are invented. They are published, take
/// no registrations (they are past or undated), and go through the same checks as the forms.
extension DemoData {
    struct EventRecord: Decodable {
        var key: String
        var network: String
        var kind: Event.Kind
        var series: String?
        var title: LocalizedText
        var description: LocalizedText?
        var startsOn: String?
        var endsOn: String?
        var municipality: String?
        var themes: [String]
    }

    struct TopicRecord: Decodable {
        var network: String
        var title: LocalizedText
        var area: LocalizedText?
        var description: LocalizedText?
        var status: RoundTableTopic.Status
        var meetings: [String]
    }

    static func loadEvents(networks: [String: Int], on db: any Database) async throws {
        let editor = EventEditor(database: db)
        var ids: [String: Int] = [:]
        for record in try records("events", as: EventRecord.self) {
            guard let network = networks[record.network] else { throw ReferenceDataError.missing(record.network) }
            let details = EventDetails(
                kind: record.kind, networkId: network, seriesId: record.series.flatMap { ids[$0] }, title: record.title,
                description: record.description, themeIds: record.themes, startsOn: record.startsOn, endsOn: record.endsOn,
                municipalityCode: record.municipality, published: true)
            let event = Event()
            try await editor.save(details, into: event)
            ids[record.key] = try event.requireID()
        }
        let topics = RoundTableEditor(database: db)
        for record in try records("roundtable", as: TopicRecord.self) {
            guard let network = networks[record.network] else { throw ReferenceDataError.missing(record.network) }
            let details = TopicDetails(
                networkId: network, title: record.title, area: record.area, description: record.description, status: record.status,
                meetingIds: record.meetings.compactMap { ids[$0] })
            try await topics.save(details, into: RoundTableTopic())
        }
    }
}
