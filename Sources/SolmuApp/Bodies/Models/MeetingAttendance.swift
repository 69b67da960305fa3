import Fluent

/// A body member who attended a meeting.
final class MeetingAttendance: Model, @unchecked Sendable {
    static let schema = "meeting_attendance"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "member_id") var member: BodyMember

    init() {}

    init(meeting: Int, member: Int) {
        $meeting.id = meeting
        $member.id = member
    }
}
