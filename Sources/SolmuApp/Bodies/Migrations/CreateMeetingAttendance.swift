import Fluent

struct CreateMeetingAttendance: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingAttendance.schema)
            .field("id", .int, .identifier(auto: true))
            .field("meeting_id", .int, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("member_id", .int, .required, .references(BodyMember.schema, "id", onDelete: .cascade))
            .unique(on: "meeting_id", "member_id", name: "meeting_attendance_once")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingAttendance.schema).delete()
    }
}
