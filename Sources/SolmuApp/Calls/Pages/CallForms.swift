import Plot
import Vapor

/// The office's forms: a call, and a criterion of it.
enum CallForms {
    static func call(programme: Programme, call: Call?, state: FormState, themes: [(value: String, label: String)], _ context: PageContext) -> FormPage {
        var state = state
        // The editor names the Finnish title `title`; the form's field for it is `titleFi`.
        if let error = state.errors.removeValue(forKey: "title") { state.errors["titleFi"] = error }
        let labels = [
            "number": context.t("call.number"), "titleFi": context.t("call.titleFi"), "titleSv": context.t("call.titleSv"), "titleEn": context.t("call.titleEn"),
            "descriptionFi": context.t("call.descriptionFi"), "descriptionSv": context.t("call.descriptionSv"), "descriptionEn": context.t("call.descriptionEn"),
            "opensAt": context.t("call.opensAt"), "closesAt": context.t("call.closesAt"), "budgetCents": context.t("programme.budgetEuros"),
            "instrumentIds": context.t("programme.instruments"), "themeIds": context.t("network.themes"),
        ]
        let instruments = programme.instruments.sorted { $0.code < $1.code }.map { (value: "\($0.id ?? 0)", label: $0.name.display(context.language)) }
        let action = call.map { context.link(.editCall($0.id ?? 0)) } ?? context.link(.newCall(programme.id ?? 0))
        return FormPage(
            title: call.map { context.t("call.editTitle", ["name": CallsPage.title($0, context)]) } ?? context.t("call.new", ["programme": programme.name]),
            action: action, cancel: call.map { context.link(.call($0.id ?? 0)) } ?? context.link(.programme(programme.id ?? 0)),
            state: state, labels: labels,
            fields: [
                FormFields.text("number", label: labels["number"]!, required: true, state, context),
                FormFields.text("titleFi", label: labels["titleFi"]!, required: true, state, context),
                FormFields.text("titleSv", label: labels["titleSv"]!, state, context),
                FormFields.text("titleEn", label: labels["titleEn"]!, state, context),
                FormFields.textArea("descriptionFi", label: labels["descriptionFi"]!, lang: .fi, state, context),
                FormFields.textArea("descriptionSv", label: labels["descriptionSv"]!, lang: .sv, state, context),
                FormFields.textArea("descriptionEn", label: labels["descriptionEn"]!, lang: .en, state, context),
                FormFields.text("opensAt", label: labels["opensAt"]!, hint: context.t("meeting.startsAtHint"), required: true, state, context),
                FormFields.text("closesAt", label: labels["closesAt"]!, hint: context.t("meeting.startsAtHint"), required: true, state, context),
                FormFields.text("budgetCents", label: labels["budgetCents"]!, hint: context.t("money.hint"), state, context),
                FormFields.checkboxes("instrumentIds", legend: labels["instrumentIds"]!, options: instruments, state, context),
                FormFields.checkboxes("themeIds", legend: labels["themeIds"]!, options: themes, state, context),
                FormFields.checkbox("published", label: context.t("call.published"), hint: context.t("call.publishedHint"), checked: !state.value("published").isEmpty, context),
                FormFields.checkbox("example", label: context.t("call.exampleLabel"), checked: !state.value("example").isEmpty, context),
            ],
            removal: call.map { (context.link(.editCall($0.id ?? 0)), context.t("call.remove")) })
    }

    static func criterion(_ call: Call, criterion: CallCriterion?, state: FormState, _ context: PageContext) -> FormPage {
        var state = state
        if let error = state.errors.removeValue(forKey: "name") { state.errors["nameFi"] = error }
        let labels = [
            "nameFi": context.t("criterion.nameFi"), "nameSv": context.t("criterion.nameSv"), "nameEn": context.t("criterion.nameEn"),
            "guidanceFi": context.t("criterion.guidanceFi"), "guidanceSv": context.t("criterion.guidanceSv"), "guidanceEn": context.t("criterion.guidanceEn"),
            "weight": context.t("criterion.weight"), "scaleMin": context.t("criterion.scaleMin"), "scaleMax": context.t("criterion.scaleMax"),
            "order": context.t("criterion.order"),
        ]
        let id = call.id ?? 0
        return FormPage(
            title: criterion == nil ? context.t("criterion.new") : context.t("criterion.edit"),
            action: criterion.map { context.link(.editCriterion(id, $0.id ?? 0)) } ?? context.link(.newCriterion(id)),
            cancel: context.link(.call(id)), state: state, labels: labels, lead: CallsPage.title(call, context),
            fields: [
                FormFields.text("nameFi", label: labels["nameFi"]!, required: true, state, context),
                FormFields.text("nameSv", label: labels["nameSv"]!, state, context),
                FormFields.text("nameEn", label: labels["nameEn"]!, state, context),
                FormFields.textArea("guidanceFi", label: labels["guidanceFi"]!, lang: .fi, state, context),
                FormFields.textArea("guidanceSv", label: labels["guidanceSv"]!, lang: .sv, state, context),
                FormFields.textArea("guidanceEn", label: labels["guidanceEn"]!, lang: .en, state, context),
                FormFields.text("weight", label: labels["weight"]!, hint: context.t("criterion.weightHint"), required: true, state, context),
                FormFields.text("scaleMin", label: labels["scaleMin"]!, state, context),
                FormFields.text("scaleMax", label: labels["scaleMax"]!, state, context),
                FormFields.text("order", label: labels["order"]!, state, context),
                FormFields.checkbox("responsibility", label: context.t("criterion.responsibilityLabel"), checked: !state.value("responsibility").isEmpty, context),
            ],
            removal: criterion.map { (context.link(.editCriterion(id, $0.id ?? 0)), context.t("criterion.remove")) })
    }
}
