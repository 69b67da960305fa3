import Plot
import Vapor

/// The input form (the organiser's record, or a participant's online input) and the follow-up action form.
enum FollowUpForms {
    static func input(_ event: Event, state: FormState, themes: [(value: String, label: String)], organiser: Bool, _ context: PageContext) -> FormPage {
        let labels = ["text": context.t("input.text"), "themeId": context.t("input.theme"), "sourceType": context.t("input.sourceType")]
        let types = OrganizationType.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let registration = state.value("registration")
        return FormPage(
            title: context.t(organiser ? "input.record" : "input.send"),
            action: context.link(.newInput(event.id ?? 0)),
            cancel: registration.isEmpty ? context.link(.event(event.id ?? 0)) : context.link(.registration(registration)),
            state: state, labels: labels, lead: event.title.display(context.language) + " · " + context.t("input.lead"),
            fields: [
                .input(.type(.hidden), .name("registration"), .value(registration)),
                FormFields.textArea("text", label: labels["text"]!, state, context),
                FormFields.select("themeId", label: labels["themeId"]!, emptyLabel: context.t("value.none"), options: themes, state, context),
                FormFields.select("sourceType", label: labels["sourceType"]!, hint: context.t("input.sourceTypeHint"), emptyLabel: context.t("value.notGiven"),
                                  options: types, state, context),
            ])
    }

    static func action(_ network: Network, action: FollowUpAction?, state: FormState, organizations: [(value: String, label: String)],
                       inputs: [WorkshopInput], _ context: PageContext) -> FormPage {
        var state = state
        if let error = state.errors.removeValue(forKey: "title") { state.errors["titleFi"] = error }
        let labels = ["titleFi": context.t("call.titleFi"), "titleSv": context.t("call.titleSv"), "titleEn": context.t("call.titleEn"),
                      "description": context.t("action.description"), "ownerId": context.t("action.owner"), "status": context.t("action.status"),
                      "dueOn": context.t("action.dueOn"), "inputIds": context.t("action.inputs")]
        let statuses = FollowUpAction.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let inputChoices = inputs.map { input in
            (value: "\(input.id ?? 0)", label: [input.theme?.name(context.language), input.text].compactMap { $0 }.joined(separator: ": ")
                + " (" + (input.$event.value?.title.display(context.language) ?? "") + ")")
        }
        let id = network.id ?? 0
        return FormPage(
            title: action == nil ? context.t("followUp.newAction") : context.t("action.edit"),
            action: action.map { context.link(.editFollowUpAction(id, $0.id ?? 0)) } ?? context.link(.newFollowUpAction(id)),
            cancel: context.link(.followUp(id)), state: state, labels: labels, lead: network.name,
            fields: [
                FormFields.text("titleFi", label: labels["titleFi"]!, required: true, state, context),
                FormFields.text("titleSv", label: labels["titleSv"]!, state, context),
                FormFields.text("titleEn", label: labels["titleEn"]!, state, context),
                FormFields.textArea("description", label: labels["description"]!, state, context),
                FormFields.select("ownerId", label: labels["ownerId"]!, emptyLabel: context.t("value.notGiven"), options: organizations, state, context),
                FormFields.select("status", label: labels["status"]!, emptyLabel: context.t("form.choose"), options: statuses, state, context),
                FormFields.text("dueOn", label: labels["dueOn"]!, hint: context.t("date.dayHint"), state, context),
                FormFields.checkboxes("inputIds", legend: labels["inputIds"]!, options: inputChoices, state, context),
            ],
            removal: action.map { (context.link(.editFollowUpAction(id, $0.id ?? 0)), context.t("action.remove")) })
    }
}
