/// The event form: its fields once, the details made from what was posted (texts as typed, times in Helsinki time,
/// the organiser as `network:3` or `programme:1`), the values of an event to fill it with.
enum EventForm: FormDescription {
    enum Key: String, FormKey {
        case kind, owner, seriesId, titleFi, titleSv, titleEn, descriptionFi, descriptionSv, descriptionEn, startsAt, endsAt, startsOn, endsOn
        case municipalityCode, venue, onlineUrl, capacity, registrationOpensAt, registrationClosesAt, themeIds, published, byInvitation, inputsOpen
    }

    static var fields: [FormField<Key>] {
        let what: [FormField<Key>] = [
            .select(.kind, "event.kind", required: true), .select(.owner, "event.organiser", required: true),
            .select(.seriesId, "event.series", empty: "value.none", hint: "event.seriesHint"),
            .text(.titleFi, "call.titleFi", required: true), .text(.titleSv, "call.titleSv"), .text(.titleEn, "call.titleEn"),
        ]
        let whenAndWhere: [FormField<Key>] = [
            .text(.startsAt, "event.startsAt", hint: "meeting.startsAtHint"), .text(.endsAt, "event.endsAt", hint: "meeting.startsAtHint"),
            .text(.startsOn, "event.startsOn", hint: "event.datesHint"), .text(.endsOn, "event.endsOn"),
            .select(.municipalityCode, "organization.municipality", empty: "value.none"),
            .text(.venue, "event.venue"), .text(.onlineUrl, "event.onlineUrl", type: .url),
        ]
        let registration: [FormField<Key>] = [
            .text(.capacity, "event.capacity", hint: "event.capacityHint"),
            .text(.registrationOpensAt, "event.registrationOpensAt", hint: "meeting.startsAtHint"),
            .text(.registrationClosesAt, "event.registrationClosesAt", hint: "meeting.startsAtHint"),
            .checkboxes(.themeIds, "network.themes"),
            .checkbox(.published, "event.published"),
            .checkbox(.byInvitation, "event.byInvitation", hint: "event.byInvitationHint"),
            .checkbox(.inputsOpen, "event.inputsOpen", hint: "event.inputsOpenHint"),
        ]
        return what + FormField<Key>.textAreas(.descriptionFi, .descriptionSv, .descriptionEn, "call.description") + whenAndWhere + registration
    }

    /// The details, and the errors found reading what was typed (no kind, no organiser, a capacity that is not a number).
    static func details(_ posted: FormValues<Self>) -> (EventDetails, [String: String]) {
        var errors: [String: String] = [:]
        let kind = posted.text(.kind).flatMap(Event.Kind.init(rawValue:))
        if kind == nil { errors["kind"] = "field.required" }
        let ownerParts = (posted[.owner] ?? "").split(separator: ":")
        let ownerID = ownerParts.count == 2 ? Int(ownerParts[1]) : nil
        if ownerID == nil { errors["owner"] = "event.owner.required" }
        if posted.isMalformed(.capacity) { errors["capacity"] = "number.invalid" }
        let details = EventDetails(
            kind: kind, networkId: ownerParts.first == "network" ? ownerID : nil, programmeId: ownerParts.first == "programme" ? ownerID : nil,
            seriesId: posted.int(.seriesId), title: posted.localized(.titleFi, .titleSv, .titleEn),
            description: posted.localized(.descriptionFi, .descriptionSv, .descriptionEn), themeIds: posted.list(.themeIds),
            startsAt: posted[.startsAt], endsAt: posted[.endsAt], startsOn: posted[.startsOn], endsOn: posted[.endsOn],
            municipalityCode: posted[.municipalityCode], venue: posted[.venue], onlineUrl: posted[.onlineUrl], capacity: posted.int(.capacity),
            registrationOpensAt: posted[.registrationOpensAt], registrationClosesAt: posted[.registrationClosesAt],
            published: posted.isOn(.published), byInvitation: posted.isOn(.byInvitation), inputsOpen: posted.isOn(.inputsOpen))
        return (details, errors)
    }

    /// Needs the event's `themes` loaded.
    static func values(of event: Event) -> FormValues<Self> {
        let d = event.details
        let owner = d.networkId.map { "network:\($0)" } ?? d.programmeId.map { "programme:\($0)" }
        func ticked(_ on: Bool) -> String? { on ? "on" : nil }
        return FormValues(
            [
                .kind: event.kind.rawValue, .owner: owner, .seriesId: d.seriesId.map(String.init),
                .titleFi: event.titleFi, .titleSv: event.titleSv, .titleEn: event.titleEn,
                .descriptionFi: event.descriptionFi, .descriptionSv: event.descriptionSv, .descriptionEn: event.descriptionEn,
                .startsAt: d.startsAt, .endsAt: d.endsAt, .startsOn: d.startsOn, .endsOn: d.endsOn,
                .municipalityCode: d.municipalityCode, .venue: d.venue, .onlineUrl: d.onlineUrl, .capacity: d.capacity.map(String.init),
                .registrationOpensAt: d.registrationOpensAt, .registrationClosesAt: d.registrationClosesAt,
                .published: ticked(event.published), .byInvitation: ticked(event.byInvitation), .inputsOpen: ticked(event.inputsOpen),
            ],
            lists: [.themeIds: event.themes.compactMap(\.id)])
    }
}
