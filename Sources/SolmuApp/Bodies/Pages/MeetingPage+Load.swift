import Fluent

extension MeetingPage {
    /// The page's loader: the body's meeting (404 if either is missing, or the meeting is another body's) with its
    /// agenda and attendance as plain rows; `viewer` decides whether internal decisions and minutes show and whether
    /// the page offers the keeper's tools.
    static func load(bodyID: Int, meetingID: Int?, viewer: User?, on database: any Database) async throws -> MeetingPage {
        let body = try await BodyLoader.require(bodyID, on: database)
        let meeting = try await MeetingLoader.require(meetingID, of: body, on: database)
        let canEdit = try await BodyAccess.canEdit(viewer, body, on: database)
        let insider = try await BodyAccess.seesInternal(viewer, body, on: database)
        let seats = Dictionary(uniqueKeysWithValues: body.members.map { ($0.id ?? 0, $0) })
        let present = meeting.attendance.compactMap { seats[$0.$member.id] }.sorted { $0.order < $1.order }.map { $0.person.name }
        let items = meeting.items.sorted { $0.number < $1.number }.map { item in
            Item(
                number: item.number, title: item.title, presenter: item.$presenter.id.flatMap { seats[$0]?.person.name },
                decision: item.decision, decisionPublic: item.decisionPublic)
        }
        return MeetingPage(
            bodyID: try body.requireID(), bodyName: body.name, id: try meeting.requireID(), startsAt: meeting.startsAt,
            place: meeting.place, onlineURL: meeting.onlineURL, items: items, present: present, minutes: meeting.minutes,
            minutesPublic: meeting.minutesPublic, insider: insider, canEdit: canEdit)
    }
}
