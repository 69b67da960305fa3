import Fluent
import Vapor

extension TopicPage {
    /// The page's loader: the topic (404 when there is none) with its positions and meetings as plain rows, dates in `language`;
    /// `viewer` decides whether the page offers the keepers' links.
    static func load(_ topicID: Int, viewer: User?, language: Language, on database: any Database) async throws -> TopicPage {
        let topic = try await RoundTableLoader.require(topicID, on: database)
        let canEdit = try await viewer.asyncMap { try await NetworkAccess.canEdit($0, networkID: topic.$network.id, on: database) } ?? false
        return TopicPage(
            id: topic.id ?? 0, title: topic.title, status: topic.status, area: topic.area, description: topic.description,
            networkID: topic.$network.id, networkName: topic.network.name,
            positions: topic.positions.sorted { $0.organization.sortName < $1.organization.sortName }.map { position in
                Position(
                    organizationID: position.$organization.id, organizationName: position.organization.name, stance: position.stance,
                    statedOn: position.statedOn, text: position.text)
            },
            meetings: topic.meetings.sorted(by: Event.chronologically).map { meeting in
                Meeting(id: meeting.id ?? 0, title: meeting.title, when: EventTime.text(meeting, language))
            },
            canEdit: canEdit)
    }
}
