import Foundation

/// The meeting form: its fields once (attendance, posted as `present[]`, only when recording a meeting that exists),
/// the input and attendance made from what was posted, the values of a meeting to fill it with.
enum MeetingForm: FormDescription {
    enum Key: String, FormKey { case startsAt, place, onlineUrl, minutes, minutesPublic, present }

    static var fields: [FormField<Key>] {
        [
            .text(.startsAt, "meeting.startsAt", required: true, hint: "meeting.startsAtHint"), .text(.place, "meeting.place"),
            .text(.onlineUrl, "meeting.online", type: .url), .textArea(.minutes, "meeting.minutes"),
            .checkbox(.minutesPublic, "meeting.minutesPublic"),
            .checkboxes(.present, "meeting.attendance"),
        ]
    }

    static func input(_ posted: FormValues<Self>) -> MeetingInput {
        MeetingInput(
            startsAt: posted[.startsAt], place: posted[.place], onlineUrl: posted[.onlineUrl], minutes: posted[.minutes],
            minutesPublic: posted.isOn(.minutesPublic))
    }

    static func attendance(_ posted: FormValues<Self>) -> AttendanceInput {
        AttendanceInput(present: posted.list(.present).compactMap { Int($0) })
    }

    /// Needs the meeting's `attendance` loaded.
    static func values(of meeting: Meeting) -> FormValues<Self> {
        FormValues(
            [
                .startsAt: HelsinkiTime.local(meeting.startsAt), .place: meeting.place, .onlineUrl: meeting.onlineURL, .minutes: meeting.minutes,
                .minutesPublic: meeting.minutesPublic ? "on" : nil,
            ],
            lists: [.present: meeting.attendance.map { "\($0.$member.id)" }])
    }
}
