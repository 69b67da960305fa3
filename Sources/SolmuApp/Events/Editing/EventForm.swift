/// The event form as the browser posts it: texts as typed, times in Helsinki time, the organiser as
/// `network:3` or `programme:1`.
struct EventForm: Decodable {
    var kind: String?
    var owner: String?
    var seriesId: String?
    var titleFi: String?
    var titleSv: String?
    var titleEn: String?
    var descriptionFi: String?
    var descriptionSv: String?
    var descriptionEn: String?
    var themeIds: [String]?
    var startsAt: String?
    var endsAt: String?
    var startsOn: String?
    var endsOn: String?
    var municipalityCode: String?
    var venue: String?
    var onlineUrl: String?
    var capacity: String?
    var registrationOpensAt: String?
    var registrationClosesAt: String?
    var published: String?
    var byInvitation: String?
    var inputsOpen: String?

    func details() -> (EventDetails, [String: String]) {
        var errors: [String: String] = [:]
        let kind = kind.nonEmpty.flatMap(Event.Kind.init(rawValue:))
        if kind == nil { errors["kind"] = "field.required" }
        let ownerParts = (owner ?? "").split(separator: ":")
        let ownerID = ownerParts.count == 2 ? Int(ownerParts[1]) : nil
        if ownerID == nil { errors["owner"] = "event.owner.required" }
        var capacityValue: Int?
        if let raw = capacity.nonEmpty {
            capacityValue = Int(raw.trimmingCharacters(in: .whitespaces))
            if capacityValue == nil { errors["capacity"] = "number.invalid" }
        }
        let details = EventDetails(
            kind: kind, networkId: ownerParts.first == "network" ? ownerID : nil, programmeId: ownerParts.first == "programme" ? ownerID : nil,
            seriesId: seriesId.nonEmpty.flatMap { Int($0) }, title: LocalizedText(fi: titleFi, sv: titleSv, en: titleEn),
            description: LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn), themeIds: themeIds ?? [],
            startsAt: startsAt, endsAt: endsAt, startsOn: startsOn, endsOn: endsOn, municipalityCode: municipalityCode, venue: venue, onlineUrl: onlineUrl,
            capacity: capacityValue, registrationOpensAt: registrationOpensAt, registrationClosesAt: registrationClosesAt,
            published: published != nil, byInvitation: byInvitation != nil, inputsOpen: inputsOpen != nil)
        return (details, errors)
    }

    var state: FormState {
        FormState(values: ["kind": kind ?? "", "owner": owner ?? "", "seriesId": seriesId ?? "", "titleFi": titleFi ?? "", "titleSv": titleSv ?? "",
                           "titleEn": titleEn ?? "", "descriptionFi": descriptionFi ?? "", "descriptionSv": descriptionSv ?? "",
                           "descriptionEn": descriptionEn ?? "", "startsAt": startsAt ?? "", "endsAt": endsAt ?? "", "startsOn": startsOn ?? "",
                           "endsOn": endsOn ?? "", "municipalityCode": municipalityCode ?? "", "venue": venue ?? "", "onlineUrl": onlineUrl ?? "",
                           "capacity": capacity ?? "", "registrationOpensAt": registrationOpensAt ?? "", "registrationClosesAt": registrationClosesAt ?? "",
                           "published": published ?? "", "byInvitation": byInvitation ?? "", "inputsOpen": inputsOpen ?? ""],
                  multiValues: ["themeIds": Set(themeIds ?? [])])
    }

    static func state(of event: Event) -> FormState {
        let d = event.details
        let owner = d.networkId.map { "network:\($0)" } ?? d.programmeId.map { "programme:\($0)" } ?? ""
        return FormState(values: ["kind": event.kind.rawValue, "owner": owner, "seriesId": d.seriesId.map(String.init) ?? "",
                                  "titleFi": event.titleFi, "titleSv": event.titleSv ?? "", "titleEn": event.titleEn ?? "",
                                  "descriptionFi": event.descriptionFi ?? "", "descriptionSv": event.descriptionSv ?? "", "descriptionEn": event.descriptionEn ?? "",
                                  "startsAt": d.startsAt ?? "", "endsAt": d.endsAt ?? "", "startsOn": d.startsOn ?? "", "endsOn": d.endsOn ?? "",
                                  "municipalityCode": d.municipalityCode ?? "", "venue": d.venue ?? "", "onlineUrl": d.onlineUrl ?? "",
                                  "capacity": d.capacity.map(String.init) ?? "", "registrationOpensAt": d.registrationOpensAt ?? "",
                                  "registrationClosesAt": d.registrationClosesAt ?? "", "published": event.published ? "on" : "",
                                  "byInvitation": event.byInvitation ? "on" : "", "inputsOpen": event.inputsOpen ? "on" : ""],
                         multiValues: ["themeIds": Set(event.themes.compactMap(\.id))])
    }
}

/// The registration form as posted.
struct RegistrationForm: Decodable {
    var name: String?
    var organization: String?
    var email: String?
    var listConsent: String?
    var contactConsent: String?
    var invitation: String?

    func details(_ language: Language) -> RegistrationDetails {
        RegistrationDetails(name: name, organization: organization, email: email, listConsent: listConsent != nil, contactConsent: contactConsent != nil,
                            invitation: invitation.nonEmpty, language: language)
    }

    var state: FormState {
        FormState(values: ["name": name ?? "", "organization": organization ?? "", "email": email ?? "", "listConsent": listConsent ?? "",
                           "contactConsent": contactConsent ?? "", "invitation": invitation ?? ""])
    }
}
