/// The topic form as posted.
struct TopicForm: Decodable {
    var networkId: String?
    var titleFi: String?
    var titleSv: String?
    var titleEn: String?
    var areaFi: String?
    var areaSv: String?
    var areaEn: String?
    var descriptionFi: String?
    var descriptionSv: String?
    var descriptionEn: String?
    var status: String?
    var meetingIds: [String]?

    func details() -> (TopicDetails, [String: String]) {
        var errors: [String: String] = [:]
        let status = status.nonEmpty.flatMap(RoundTableTopic.Status.init(rawValue:))
        if self.status.nonEmpty != nil, status == nil { errors["status"] = "topicStatus.unknown" }
        return (TopicDetails(networkId: networkId.nonEmpty.flatMap { Int($0) }, title: LocalizedText(fi: titleFi, sv: titleSv, en: titleEn),
                             area: LocalizedText(fi: areaFi, sv: areaSv, en: areaEn), description: LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn),
                             status: status, meetingIds: (meetingIds ?? []).compactMap { Int($0) }), errors)
    }

    var state: FormState {
        FormState(values: ["networkId": networkId ?? "", "titleFi": titleFi ?? "", "titleSv": titleSv ?? "", "titleEn": titleEn ?? "", "areaFi": areaFi ?? "",
                           "areaSv": areaSv ?? "", "areaEn": areaEn ?? "", "descriptionFi": descriptionFi ?? "", "descriptionSv": descriptionSv ?? "",
                           "descriptionEn": descriptionEn ?? "", "status": status ?? ""],
                  multiValues: ["meetingIds": Set(meetingIds ?? [])])
    }

    static func state(of topic: RoundTableTopic) -> FormState {
        FormState(values: ["networkId": "\(topic.$network.id)", "titleFi": topic.titleFi, "titleSv": topic.titleSv ?? "", "titleEn": topic.titleEn ?? "",
                           "areaFi": topic.areaFi ?? "", "areaSv": topic.areaSv ?? "", "areaEn": topic.areaEn ?? "",
                           "descriptionFi": topic.descriptionFi ?? "", "descriptionSv": topic.descriptionSv ?? "", "descriptionEn": topic.descriptionEn ?? "",
                           "status": topic.status.rawValue],
                  multiValues: ["meetingIds": Set(topic.meetings.compactMap { $0.id.map(String.init) })])
    }
}

/// The position form as posted.
struct PositionForm: Decodable {
    var organizationId: String?
    var stance: String?
    var text: String?
    var statedOn: String?

    var details: PositionDetails {
        PositionDetails(organizationId: organizationId.nonEmpty.flatMap { Int($0) }, stance: stance.nonEmpty.flatMap(StakeholderPosition.Stance.init(rawValue:)),
                        text: text, statedOn: statedOn)
    }

    var state: FormState {
        FormState(values: ["organizationId": organizationId ?? "", "stance": stance ?? "", "text": text ?? "", "statedOn": statedOn ?? ""])
    }
}
