/// The topic form; its network is chosen only when the topic is started.
enum TopicForm: FormDescription {
    enum Key: String, FormKey {
        case networkId, titleFi, titleSv, titleEn, areaFi, areaSv, areaEn, descriptionFi, descriptionSv, descriptionEn, status, meetingIds
    }

    static var fields: [FormField<Key>] {
        [
            .select(.networkId, "topic.network", required: true), .text(.titleFi, "call.titleFi", required: true), .text(.titleSv, "call.titleSv"),
            .text(.titleEn, "call.titleEn"), .text(.areaFi, "topic.areaFi"), .text(.areaSv, "topic.areaSv"), .text(.areaEn, "topic.areaEn"),
        ]
            + FormField.textAreas(.descriptionFi, .descriptionSv, .descriptionEn, "call.description")
            + [.select(.status, "topic.status"), .checkboxes(.meetingIds, "topic.meetings")]
    }

    /// The details, and a status that is not one of the topic's statuses.
    static func details(_ posted: FormValues<Self>) -> (TopicDetails, [String: String]) {
        var errors: [String: String] = [:]
        let status = posted.text(.status).flatMap(RoundTableTopic.Status.init(rawValue:))
        if posted.text(.status) != nil, status == nil { errors[Key.status.rawValue] = "topicStatus.unknown" }
        return (
            TopicDetails(
                networkId: posted.int(.networkId), title: posted.localized(.titleFi, .titleSv, .titleEn),
                area: posted.localized(.areaFi, .areaSv, .areaEn), description: posted.localized(.descriptionFi, .descriptionSv, .descriptionEn),
                status: status, meetingIds: posted.list(.meetingIds).compactMap { Int($0) }), errors
        )
    }

    /// Needs `meetings` loaded.
    static func values(of topic: RoundTableTopic) -> FormValues<Self> {
        FormValues(
            [
                .networkId: "\(topic.$network.id)", .titleFi: topic.titleFi, .titleSv: topic.titleSv, .titleEn: topic.titleEn,
                .areaFi: topic.areaFi, .areaSv: topic.areaSv, .areaEn: topic.areaEn,
                .descriptionFi: topic.descriptionFi, .descriptionSv: topic.descriptionSv, .descriptionEn: topic.descriptionEn,
                .status: topic.status.rawValue,
            ],
            lists: [.meetingIds: topic.meetings.compactMap { $0.id.map(String.init) }])
    }
}
