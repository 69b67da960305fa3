import Plot
import Vapor

/// The input form (the organiser's record, or a participant's online input) and the follow-up action form.
enum FollowUpForms {
    /// `registration`: a participant's registration link secret, kept in a hidden field and on the way back.
    static func input(
        _ event: Event, registration: String?, state: FormState, themes: [(value: String, label: String)], organiser: Bool,
        _ context: PageContext
    ) -> FormPage {
        let types = OrganizationType.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let registration = registration ?? ""
        let registrationField: Node<HTML.FormContext> = .input(.type(.hidden), .name("registration"), .value(registration))
        return FormPage(
            InputForm.self,
            title: context.t(organiser ? "input.record" : "input.send"),
            action: context.link(.newInput(event.id ?? 0)),
            cancel: registration.isEmpty ? context.link(.event(event.id ?? 0)) : context.link(.registration(registration)),
            state: state, lead: event.title.display(context.language) + " · " + context.t("input.lead"),
            fields: [registrationField] + FormFields.draw(InputForm.self, state, context, options: [.themeId: themes, .sourceType: types]),
            submitLabel: context.t(organiser ? "input.record" : "input.send"),
            breadcrumbs: [
                (title: context.t("events.title"), href: context.link(.events)),
                (title: event.title.display(context.language), href: context.link(.event(event.id ?? 0))),
            ],
            context: context)
    }

    static func action(
        _ network: Network, action: FollowUpAction?, state: FormState, organizations: [(value: String, label: String)],
        inputs: [WorkshopInput], _ context: PageContext
    ) -> FormPage {
        var state = state
        if let error = state.errors.removeValue(forKey: "title") { state.errors["titleFi"] = error }
        let statuses = FollowUpAction.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let inputChoices = inputs.map { input in
            (
                value: "\(input.id ?? 0)",
                label: [input.theme?.name(context.language), input.text].compactMap { $0 }.joined(separator: ": ")
                    + " (" + (input.$event.value?.title.display(context.language) ?? "") + ")"
            )
        }
        let id = network.id ?? 0
        return FormPage(
            FollowUpActionForm.self,
            title: action == nil ? context.t("followUp.newAction") : context.t("action.edit"),
            action: action.map { context.link(.editFollowUpAction(id, $0.id ?? 0)) } ?? context.link(.newFollowUpAction(id)),
            cancel: context.link(.followUp(id)), state: state, lead: network.name,
            fields: FormFields.draw(
                FollowUpActionForm.self, state, context,
                options: [.ownerId: organizations, .status: statuses, .inputIds: inputChoices]),
            submitLabel: context.t(action == nil ? "followUp.newAction" : "form.save"),
            removal: action.map { (context.link(.editFollowUpAction(id, $0.id ?? 0)), context.t("action.remove")) },
            breadcrumbs: [
                (title: context.t("networks.title"), href: context.link(.networks)), (title: network.name, href: context.link(.network(id))),
                (title: context.t("followUp.title"), href: context.link(.followUp(id))),
            ],
            context: context)
    }
}
