import Vapor

/// A meeting as the API shows it: internal minutes and decisions only to those who may see them.
struct MeetingDTO: Content {
    struct Item: Content {
        var id: Int
        var number: Int
        var title: String
        var presenterId: Int?
        var projectId: Int?
        var callId: Int?
        var applicationId: Int?
        var decision: String?
        var decisionPublic: Bool
    }

    var id: Int
    var bodyId: Int
    var startsAt: Date
    var place: String?
    var onlineUrl: String?
    var minutes: String?
    var minutesPublic: Bool
    var items: [Item]
    var present: [Int]
}

extension Meeting {
    /// Needs items and attendance loaded.
    func toDTO(insider: Bool) throws -> MeetingDTO {
        MeetingDTO(
            id: try requireID(), bodyId: $body.id, startsAt: startsAt, place: place, onlineUrl: onlineURL,
            minutes: insider || minutesPublic ? minutes : nil, minutesPublic: minutesPublic,
            items: try items.sorted { $0.number < $1.number }.map {
                .init(
                    id: try $0.requireID(), number: $0.number, title: $0.title, presenterId: $0.$presenter.id, projectId: $0.$project.id,
                    callId: $0.$call.id, applicationId: $0.$application.id,
                    decision: insider || $0.decisionPublic ? $0.decision : nil, decisionPublic: $0.decisionPublic)
            },
            present: attendance.map(\.$member.id).sorted())
    }

    static let csvHeader = ["id", "body_id", "starts_at", "place", "online_url", "items"]

    func csvRow() throws -> [String?] {
        ["\(try requireID())", "\($body.id)", ISO8601DateFormatter().string(from: startsAt), place, onlineURL, "\(items.count)"]
    }
}
