/// A round-table topic as the API and the form submit it; `meetingIds` are the round-table meetings (events) that handled it.
struct TopicDetails: Codable, Sendable {
    var networkId: Int?
    var title: LocalizedText?
    var area: LocalizedText?
    var description: LocalizedText?
    var status: RoundTableTopic.Status?
    var meetingIds: [Int]?
}

/// A stakeholder's position on a topic.
struct PositionDetails: Codable, Sendable {
    var organizationId: Int?
    var stance: StakeholderPosition.Stance?
    var text: String?
    var statedOn: String?
}

extension RoundTableTopic {
    /// Needs `meetings` loaded.
    var details: TopicDetails {
        TopicDetails(
            networkId: $network.id, title: title, area: area, description: description, status: status, meetingIds: $meetings.value?.compactMap(\.id))
    }
}
