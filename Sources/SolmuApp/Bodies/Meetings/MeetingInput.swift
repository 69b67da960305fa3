import Foundation

/// A meeting as the API submits it; `startsAt` in Helsinki time (`2026-12-01T14:00`) or with an offset.
struct MeetingInput: Codable, Sendable {
    var startsAt: String?
    var place: String?
    var onlineUrl: String?
    var minutes: String?
    var minutesPublic: Bool?
}

struct AgendaItemInput: Codable, Sendable {
    var number: Int?
    var title: String?
    var presenterId: Int?
    var projectId: Int?
    /// A call of the body's programme the item concerns (e.g. opening it).
    var callId: Int?
    var decision: String?
    var decisionPublic: Bool?
}

/// Who attended: the body's member seats present.
struct AttendanceInput: Codable, Sendable {
    var present: [Int]
}

extension Meeting {
    var input: MeetingInput {
        MeetingInput(startsAt: HelsinkiTime.local(startsAt), place: place, onlineUrl: onlineURL, minutes: minutes, minutesPublic: minutesPublic)
    }
}

extension AgendaItem {
    var input: AgendaItemInput {
        AgendaItemInput(
            number: number, title: title, presenterId: $presenter.id, projectId: $project.id, callId: $call.id, decision: decision,
            decisionPublic: decisionPublic)
    }
}
