import Plot
import Vapor

/// The office's forms: a call, and a criterion of it.
enum CallForms {
    static func call(programme: Programme, call: Call?, state: FormState, themes: [(value: String, label: String)], _ context: PageContext)
        -> FormPage
    {
        var state = state
        // The editor names the Finnish title `title`; the form's field for it is `titleFi`.
        if let error = state.errors.removeValue(forKey: "title") { state.errors[CallForm.Key.titleFi.rawValue] = error }
        let instruments = programme.instruments.sorted { $0.code < $1.code }.map {
            (value: "\($0.id ?? 0)", label: $0.name.display(context.language))
        }
        let action = call.map { context.link(.editCall($0.id ?? 0)) } ?? context.link(.newCall(programme.id ?? 0))
        return FormPage(
            CallForm.self,
            title: call.map { context.t("call.editTitle", ["name": $0.numberedTitle(context.language)]) }
                ?? context.t("call.new", ["programme": programme.name]),
            action: action, cancel: call.map { context.link(.call($0.id ?? 0)) } ?? context.link(.programme(programme.id ?? 0)),
            state: state,
            fields: FormFields.draw(CallForm.self, state, context, options: [.instrumentIds: instruments, .themeIds: themes]),
            submitLabel: context.t(call == nil ? "call.newButton" : "form.save"),
            removal: call.map { (context.link(.editCall($0.id ?? 0)), context.t("call.remove")) },
            breadcrumbs: [
                (title: context.t("calls.title"), href: context.link(.calls)),
                (title: programme.name, href: context.link(.programme(programme.id ?? 0))),
            ] + (call.map { [(title: $0.numberedTitle(context.language), href: context.link(.call($0.id ?? 0)))] } ?? []),
            context: context)
    }

    static func criterion(_ call: Call, criterion: CallCriterion?, state: FormState, _ context: PageContext) -> FormPage {
        var state = state
        // The editor names the Finnish name `name`; the form's field for it is `nameFi`.
        if let error = state.errors.removeValue(forKey: "name") { state.errors[CriterionForm.Key.nameFi.rawValue] = error }
        let id = call.id ?? 0
        return FormPage(
            CriterionForm.self,
            title: criterion == nil ? context.t("criterion.new") : context.t("criterion.edit"),
            action: criterion.map { context.link(.editCriterion(id, $0.id ?? 0)) } ?? context.link(.newCriterion(id)),
            cancel: context.link(.call(id)), state: state, lead: call.numberedTitle(context.language),
            fields: FormFields.draw(CriterionForm.self, state, context),
            submitLabel: context.t(criterion == nil ? "criterion.new" : "form.save"),
            removal: criterion.map { (context.link(.editCriterion(id, $0.id ?? 0)), context.t("criterion.remove")) },
            breadcrumbs: [
                (title: context.t("calls.title"), href: context.link(.calls)),
                (title: call.numberedTitle(context.language), href: context.link(.call(id))),
            ],
            context: context)
    }
}
