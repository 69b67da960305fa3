import Plot
import Vapor

/// The forms a coordinator keeps a programme with: the programme itself, an indicator, a funding instrument, a stated figure.
enum ProgrammeForms {
    /// The breadcrumbs down to a programme's forms: the programmes, then the programme when there is one.
    static func trail(id: Int?, name: String?, _ context: PageContext) -> [(title: String, href: String)] {
        var trail: [(title: String, href: String)] = [(title: context.t("programmes.title"), href: context.link(.programmes))]
        if let id, let name { trail.append((title: name, href: context.link(.programme(id)))) }
        return trail
    }

    static func programme(
        id: Int?, name: String?, state: FormState, themes: FormFields.Options, cities: FormFields.Options,
        _ context: PageContext
    ) -> FormPage {
        let groups = TargetGroup.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return FormPage(
            ProgrammeForm.self,
            title: id == nil ? context.t("programme.new") : context.t("organization.editTitle", ["name": name ?? ""]),
            action: id.map { context.link(.editProgramme($0)) } ?? context.link(.newProgramme),
            cancel: id.map { context.link(.programme($0)) } ?? context.link(.programmes),
            state: state,
            fields: FormFields.draw(
                ProgrammeForm.self, state, context,
                options: [.memberCities: cities, .themes: themes, .targetGroups: groups]),
            submitLabel: context.t(id == nil ? "programme.new" : "form.save"),
            breadcrumbs: trail(id: id, name: name, context),
            context: context)
    }

    /// The editor reports a catalogue entry's names on `name`: shown beside the Finnish name.
    private static func nameErrorOnFinnish(_ state: FormState) -> FormState {
        var state = state
        if let error = state.errors.removeValue(forKey: "name") { state.errors["nameFi"] = error }
        return state
    }

    static func indicator(_ programme: Programme, existing: Indicator? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = programme.id ?? 0
        let action = existing.map { context.link(.editIndicator(id, $0.id ?? 0)) } ?? context.link(.newIndicator(id))
        let state = nameErrorOnFinnish(state)
        return FormPage(
            IndicatorForm.self,
            title: existing.map { context.t("indicator.edit", ["name": $0.name.display(context.language)]) }
                ?? context.t("indicator.newFor", ["name": programme.name]),
            action: action, cancel: context.link(.programme(id)), state: state,
            fields: FormFields.draw(
                IndicatorForm.self, state, context,
                options: [
                    .unit: Indicator.Unit.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) },
                    .aggregation: Indicator.Aggregation.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) },
                ]),
            submitLabel: context.t(existing == nil ? "indicator.new" : "form.save"),
            removal: existing.map { (action, context.t("indicator.remove", ["name": $0.name.display(context.language)])) },
            breadcrumbs: trail(id: id, name: programme.name, context),
            context: context)
    }

    static func instrument(
        _ programme: Programme, existing: FundingInstrument? = nil, state: FormState, organizations: FormFields.Options,
        _ context: PageContext
    ) -> FormPage {
        let id = programme.id ?? 0
        let action = existing.map { context.link(.editInstrument(id, $0.id ?? 0)) } ?? context.link(.newInstrument(id))
        let state = nameErrorOnFinnish(state)
        return FormPage(
            InstrumentForm.self,
            title: existing.map { context.t("instrument.edit", ["name": $0.name.display(context.language)]) }
                ?? context.t("instrument.newFor", ["name": programme.name]),
            action: action, cancel: context.link(.programme(id)), state: state,
            fields: FormFields.draw(InstrumentForm.self, state, context, options: [.administratorId: organizations]),
            submitLabel: context.t(existing == nil ? "instrument.new" : "form.save"),
            removal: existing.map { (action, context.t("instrument.remove", ["name": $0.name.display(context.language)])) },
            breadcrumbs: trail(id: id, name: programme.name, context),
            context: context)
    }
}

extension ProgrammeForms {
    /// A figure the programme states as a whole (e.g. "708 companies took part"), optionally the answer for an indicator.
    static func figure(_ programme: Programme, state: FormState, _ context: PageContext) -> FormPage {
        let id = programme.id ?? 0
        var state = state
        if let error = state.errors.removeValue(forKey: "label") { state.errors["labelFi"] = error }
        let qualifiers = [ProgrammeFigure.Qualifier.moreThan, .about].map {
            (value: $0.rawValue, label: context.t("figure.qualifier.\($0.rawValue)"))
        }
        return FormPage(
            FigureForm.self,
            title: context.t("figure.newFor", ["name": programme.name]), action: context.link(.newFigure(id)), cancel: context.link(.programme(id)),
            state: state, lead: context.t("programme.figuresLead"),
            fields: FormFields.draw(
                FigureForm.self, state, context,
                options: [
                    .qualifier: qualifiers,
                    .indicatorId: programme.sortedIndicators.map { (value: "\($0.id ?? 0)", label: $0.name.display(context.language)) },
                ]),
            submitLabel: context.t("figure.new"),
            breadcrumbs: trail(id: id, name: programme.name, context),
            context: context)
    }
}
