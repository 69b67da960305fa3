import Foundation
import Vapor

/// A topic with everything its summary page shows: positions and the meetings that handled it.
struct TopicDTO: Content {
    var id: Int
    var networkId: Int
    var title: LocalizedText
    var area: LocalizedText
    var description: LocalizedText
    var status: RoundTableTopic.Status
    var positions: [PositionDTO]
    var meetingIds: [Int]
    /// How many positions of each stance.
    var stances: [String: Int]
}

struct PositionDTO: Content {
    var id: Int
    var organizationId: Int
    var organizationName: String
    var stance: StakeholderPosition.Stance
    var text: String?
    var statedOn: String?
}

extension RoundTableTopic {
    /// Needs `positions` (with organisations) and `meetings` loaded.
    func toDTO() throws -> TopicDTO {
        TopicDTO(
            id: try requireID(), networkId: $network.id, title: title, area: area, description: description, status: status,
            positions: try positions.sorted { $0.organization.name < $1.organization.name }.map { position in
                PositionDTO(
                    id: try position.requireID(), organizationId: position.$organization.id, organizationName: position.organization.name,
                    stance: position.stance, text: position.text, statedOn: position.statedOn)
            },
            meetingIds: meetings.compactMap(\.id).sorted(),
            stances: Dictionary(grouping: positions, by: \.stance.rawValue).mapValues(\.count))
    }
}
