import Plot
import Vapor

/// The organiser's event form, and the visitor's registration form.
enum EventForms {
    struct Choices {
        var owners: [(value: String, label: String)]
        var roadshows: [(value: String, label: String)]
        var themes: [(value: String, label: String)]
        var municipalities: [(value: String, label: String)]
    }

    static func event(_ event: Event?, state: FormState, choices: Choices, _ context: PageContext) -> FormPage {
        var state = state
        // The editor names the Finnish title `title` and the organiser `networkId`; the form's fields are `titleFi` and `owner`.
        if let error = state.errors.removeValue(forKey: "title") { state.errors["titleFi"] = error }
        if let error = state.errors.removeValue(forKey: "networkId") ?? state.errors.removeValue(forKey: "programmeId") { state.errors["owner"] = error }
        let fields = ["kind": "event.kind", "owner": "event.organiser", "seriesId": "event.series", "titleFi": "call.titleFi", "titleSv": "call.titleSv",
                      "titleEn": "call.titleEn", "descriptionFi": "call.descriptionFi", "descriptionSv": "call.descriptionSv", "descriptionEn": "call.descriptionEn",
                      "themeIds": "network.themes", "startsAt": "event.startsAt", "endsAt": "event.endsAt", "startsOn": "event.startsOn", "endsOn": "event.endsOn",
                      "municipalityCode": "organization.municipality", "venue": "event.venue", "onlineUrl": "event.onlineUrl", "capacity": "event.capacity",
                      "registrationOpensAt": "event.registrationOpensAt", "registrationClosesAt": "event.registrationClosesAt"]
        let labels = fields.mapValues { context.t($0) }
        let kinds = Event.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let timeHint = context.t("meeting.startsAtHint")
        return FormPage(
            title: event.map { context.t("event.editTitle", ["name": $0.title.display(context.language)]) } ?? context.t("event.new"),
            action: event.map { context.link(.editEvent($0.id ?? 0)) } ?? context.link(.newEvent),
            cancel: event.map { context.link(.event($0.id ?? 0)) } ?? context.link(.events),
            state: state, labels: labels,
            fields: [
                FormFields.select("kind", label: labels["kind"]!, required: true, emptyLabel: context.t("form.choose"), options: kinds, state, context),
                FormFields.select("owner", label: labels["owner"]!, required: true, emptyLabel: context.t("form.choose"), options: choices.owners, state, context),
                FormFields.select("seriesId", label: labels["seriesId"]!, hint: context.t("event.seriesHint"), emptyLabel: context.t("value.none"),
                                  options: choices.roadshows, state, context),
                FormFields.text("titleFi", label: labels["titleFi"]!, required: true, state, context),
                FormFields.text("titleSv", label: labels["titleSv"]!, state, context),
                FormFields.text("titleEn", label: labels["titleEn"]!, state, context),
                FormFields.textArea("descriptionFi", label: labels["descriptionFi"]!, lang: .fi, state, context),
                FormFields.textArea("descriptionSv", label: labels["descriptionSv"]!, lang: .sv, state, context),
                FormFields.textArea("descriptionEn", label: labels["descriptionEn"]!, lang: .en, state, context),
                FormFields.text("startsAt", label: labels["startsAt"]!, hint: timeHint, state, context),
                FormFields.text("endsAt", label: labels["endsAt"]!, hint: timeHint, state, context),
                FormFields.text("startsOn", label: labels["startsOn"]!, hint: context.t("event.datesHint"), state, context),
                FormFields.text("endsOn", label: labels["endsOn"]!, state, context),
                FormFields.select("municipalityCode", label: labels["municipalityCode"]!, emptyLabel: context.t("value.none"), options: choices.municipalities, state, context),
                FormFields.text("venue", label: labels["venue"]!, state, context),
                FormFields.text("onlineUrl", label: labels["onlineUrl"]!, type: .url, state, context),
                FormFields.text("capacity", label: labels["capacity"]!, hint: context.t("event.capacityHint"), state, context),
                FormFields.text("registrationOpensAt", label: labels["registrationOpensAt"]!, hint: timeHint, state, context),
                FormFields.text("registrationClosesAt", label: labels["registrationClosesAt"]!, hint: timeHint, state, context),
                FormFields.checkboxes("themeIds", legend: labels["themeIds"]!, options: choices.themes, state, context),
                FormFields.checkbox("published", label: context.t("event.published"), checked: !state.value("published").isEmpty, context),
                FormFields.checkbox("byInvitation", label: context.t("event.byInvitation"), hint: context.t("event.byInvitationHint"),
                                    checked: !state.value("byInvitation").isEmpty, context),
                FormFields.checkbox("inputsOpen", label: context.t("event.inputsOpen"), hint: context.t("event.inputsOpenHint"),
                                    checked: !state.value("inputsOpen").isEmpty, context),
            ],
            removal: event.map { (context.link(.editEvent($0.id ?? 0)), context.t("event.remove")) })
    }

    static func registration(_ event: Event, state: FormState, _ context: PageContext) -> FormPage {
        let labels = ["name": context.t("registration.name"), "organization": context.t("registration.organization"), "email": context.t("registration.email")]
        return FormPage(
            title: context.t("registration.title", ["event": event.title.display(context.language)]),
            action: context.link(.register(event.id ?? 0)), cancel: context.link(.event(event.id ?? 0), query: ["invitation": state.values["invitation"].nonEmpty]),
            state: state, labels: labels, lead: EventTime.text(event, context.language) + " · " + context.t("registration.lead"),
            fields: [
                .input(.type(.hidden), .name("invitation"), .value(state.value("invitation"))),
                FormFields.text("name", label: labels["name"]!, required: true, autocomplete: "name", state, context),
                FormFields.text("organization", label: labels["organization"]!, autocomplete: "organization", state, context),
                FormFields.text("email", label: labels["email"]!, hint: context.t("registration.emailHint"), type: .email, required: true, autocomplete: "email", state, context),
                FormFields.checkbox("listConsent", label: context.t("registration.listConsent"), checked: !state.value("listConsent").isEmpty, context),
                FormFields.checkbox("contactConsent", label: context.t("registration.contactConsent"), checked: !state.value("contactConsent").isEmpty, context),
            ])
    }
}
