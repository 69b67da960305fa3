import Fluent
import Foundation

/// A meeting of a governing body: when and where (or online), its agenda, who attended and the minutes.
/// Minutes and each decision are public or internal; internal ones are seen only by the body's members and keepers.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "body_id") var body: GoverningBody
    /// The start, an instant (shown in Europe/Helsinki).
    @Field(key: "starts_at") var startsAt: Date
    @OptionalField(key: "place") var place: String?
    @OptionalField(key: "online_url") var onlineURL: String?
    @OptionalField(key: "minutes") var minutes: String?
    @Field(key: "minutes_public") var minutesPublic: Bool

    @Children(for: \.$meeting) var items: [AgendaItem]
    @Children(for: \.$meeting) var attendance: [MeetingAttendance]

    init() { minutesPublic = false }
}
