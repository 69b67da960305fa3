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
        if let error = state.errors.removeValue(forKey: "networkId") ?? state.errors.removeValue(forKey: "programmeId") {
            state.errors["owner"] = error
        }
        let kinds = Event.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return FormPage(
            EventForm.self,
            title: event.map { context.t("event.editTitle", ["name": $0.title.display(context.language)]) } ?? context.t("event.new"),
            action: event.map { context.link(.editEvent($0.id ?? 0)) } ?? context.link(.newEvent),
            cancel: event.map { context.link(.event($0.id ?? 0)) } ?? context.link(.events),
            state: state,
            fields: FormFields.draw(
                EventForm.self, state, context,
                options: [
                    .kind: kinds, .owner: choices.owners, .seriesId: choices.roadshows, .municipalityCode: choices.municipalities,
                    .themeIds: choices.themes,
                ]),
            submitLabel: context.t(event == nil ? "event.new" : "form.save"),
            removal: event.map { (context.link(.editEvent($0.id ?? 0)), context.t("event.remove")) },
            breadcrumbs: [(title: context.t("events.title"), href: context.link(.events))]
                + (event.map { [(title: $0.title.display(context.language), href: context.link(.event($0.id ?? 0)))] } ?? []),
            context: context)
    }

    /// `invitation`: the invitation link's code, kept in a hidden field and on the way back.
    static func registration(_ event: Event, invitation: String?, state: FormState, _ context: PageContext) -> FormPage {
        let invitationField: Node<HTML.FormContext> = .input(.type(.hidden), .name("invitation"), .value(invitation ?? ""))
        return FormPage(
            RegistrationForm.self,
            title: context.t("registration.title", ["event": event.title.display(context.language)]),
            action: context.link(.register(event.id ?? 0)), cancel: context.link(.event(event.id ?? 0), query: ["invitation": invitation.nonEmpty]),
            state: state, lead: EventTime.text(event, context.language) + " · " + context.t("registration.lead"),
            fields: [invitationField] + FormFields.draw(RegistrationForm.self, state, context),
            submitLabel: context.t("event.register"),
            breadcrumbs: [
                (title: context.t("events.title"), href: context.link(.events)),
                (title: event.title.display(context.language), href: context.link(.event(event.id ?? 0), query: ["invitation": invitation.nonEmpty])),
            ],
            context: context)
    }
}
