import Fluent
import Foundation

/// A roadshow stop, workshop, seminar, webinar or round-table meeting of a network or a programme.
/// A roadshow itself is an event of kind `roadshow` whose stops name it as their `series`.
/// When the seeds give only a month or a year, the event keeps that partial date and no times: nothing is invented.
final class Event: Model, @unchecked Sendable {
    static let schema = "events"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case roadshow, workshop, seminar, webinar, roundTableMeeting

        var labelKey: String { "eventKind.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Field(key: "kind") var kind: Kind
    @OptionalParent(key: "network_id") var network: Network?
    @OptionalParent(key: "programme_id") var programme: Programme?
    /// The roadshow this event is a stop of.
    @OptionalParent(key: "series_id") var series: Event?
    @Field(key: "title_fi") var titleFi: String
    @OptionalField(key: "title_sv") var titleSv: String?
    @OptionalField(key: "title_en") var titleEn: String?
    @OptionalField(key: "description_fi") var descriptionFi: String?
    @OptionalField(key: "description_sv") var descriptionSv: String?
    @OptionalField(key: "description_en") var descriptionEn: String?
    /// Instants, when the times are known; entered and shown in Helsinki time.
    @OptionalField(key: "starts_at") var startsAt: Date?
    @OptionalField(key: "ends_at") var endsAt: Date?
    /// The days as known (`2022`, `2022-12`, `2022-09-21`); derived from the times when they are known. Sorts as text.
    @OptionalField(key: "starts_on") var startsOn: String?
    @OptionalField(key: "ends_on") var endsOn: String?
    @OptionalParent(key: "municipality_code") var municipality: Municipality?
    @OptionalField(key: "venue") var venue: String?
    @OptionalField(key: "online_url") var onlineURL: String?
    /// Places; nil when the event takes no registrations.
    @OptionalField(key: "capacity") var capacity: Int?
    @OptionalField(key: "registration_opens_at") var registrationOpensAt: Date?
    @OptionalField(key: "registration_closes_at") var registrationClosesAt: Date?
    /// Shown to the public only once published.
    @Field(key: "published") var published: Bool
    /// By invitation: only those given the invitation link (and the organisers) see it and may register.
    @OptionalField(key: "invitation_token") var invitationToken: String?
    /// A workshop open for participants' inputs online.
    @Field(key: "inputs_open") var inputsOpen: Bool
    /// Moved forward by every registration and cancellation: the row lock that lines registrations up, and their order.
    @Field(key: "registration_sequence") var registrationSequence: Int

    @Siblings(through: EventTheme.self, from: \.$event, to: \.$competence) var themes: [Competence]
    @Children(for: \.$series) var stops: [Event]

    init() { published = false; inputsOpen = false; registrationSequence = 0 }

    var title: LocalizedText {
        get { LocalizedText(fi: titleFi, sv: titleSv, en: titleEn) }
        set { titleFi = newValue.fi ?? ""; titleSv = newValue.sv; titleEn = newValue.en }
    }

    var description: LocalizedText {
        get { LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn) }
        set { descriptionFi = newValue.fi; descriptionSv = newValue.sv; descriptionEn = newValue.en }
    }

    var byInvitation: Bool { invitationToken != nil }
    var takesRegistrations: Bool { capacity != nil }

    /// The last day the event can be on, for "upcoming or past": its end if known, else its start (a month or a year
    /// reaches to its last day). Nil when the date is not known at all.
    var lastDay: PartialDate? { (endsOn ?? startsOn).flatMap(PartialDate.init) }

    func isPast(today: String) -> Bool {
        guard let last = lastDay, let day = PartialDate(today) else { return false }
        return last.latest < day.earliest
    }

    /// When the event begins: its time, or the start of its day in Helsinki when only the day is known.
    var beginning: Date? { Self.beginning(startsAt: startsAt, startsOn: startsOn) }

    static func beginning(startsAt: Date?, startsOn: String?) -> Date? {
        startsAt ?? startsOn.flatMap { $0.count == 10 ? HelsinkiTime.parse($0 + "T00:00") : nil }
    }

    /// Why registration is closed at `now` (a translation key), or nil while it is open: the event takes registrations,
    /// the window is open and the event has not begun. An event known only to its month or year has no beginning to
    /// close at, so it closes once its last possible day is over.
    func registrationClosedReason(at now: Date) -> String? {
        guard takesRegistrations else { return "registration.none" }
        if isPast(today: HelsinkiTime.day(now)) { return "registration.eventOver" }
        if let opens = registrationOpensAt, now < opens { return "registration.notYetOpen" }
        if let closes = registrationClosesAt, now >= closes { return "registration.closedAt" }
        if let beginning, now >= beginning { return "registration.closedAt" }
        return nil
    }

    func registrationIsOpen(at now: Date) -> Bool { published && registrationClosedReason(at: now) == nil }
}
