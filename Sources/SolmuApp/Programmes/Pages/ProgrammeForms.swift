import Plot
import Vapor

/// The forms a coordinator keeps a programme with: the programme itself, an indicator, a funding instrument.
enum ProgrammeForms {
    static func programme(id: Int?, name: String?, state: FormState, options: AtlasOptions, cities: [(value: String, label: String)],
                          _ context: PageContext) -> FormPage {
        let labels = [
            "name": context.t("programme.name"), "purposeFi": context.t("network.purposeFi"), "purposeSv": context.t("network.purposeSv"),
            "purposeEn": context.t("network.purposeEn"), "startsOn": context.t("network.startsOn"), "endsOn": context.t("network.endsOn"),
            "budgetCents": context.t("programme.budgetEuros"), "website": context.t("organization.website"),
            "minMemberCities": context.t("programme.minMemberCities"), "memberCities": context.t("programme.memberCities"),
            "themes": context.t("network.themes"), "targetGroups": context.t("programme.targetGroups"),
        ]
        let groups = TargetGroup.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return FormPage(
            title: id == nil ? context.t("programme.new") : context.t("organization.editTitle", ["name": name ?? ""]),
            action: id.map { context.link(.editProgramme($0)) } ?? context.link(.newProgramme),
            cancel: id.map { context.link(.programme($0)) } ?? context.link(.programmes),
            state: state, labels: labels,
            fields: [
                FormFields.text("name", label: labels["name"]!, required: true, autocomplete: "off", state, context),
                FormFields.textArea("purposeFi", label: labels["purposeFi"]!, lang: .fi, state, context),
                FormFields.textArea("purposeSv", label: labels["purposeSv"]!, lang: .sv, state, context),
                FormFields.textArea("purposeEn", label: labels["purposeEn"]!, lang: .en, state, context),
                FormFields.text("startsOn", label: labels["startsOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.text("endsOn", label: labels["endsOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.text("budgetCents", label: labels["budgetCents"]!, hint: context.t("money.hint"), state, context),
                FormFields.checkbox("budgetApproximate", label: context.t("programme.budgetApproximate"), checked: !state.value("budgetApproximate").isEmpty, context),
                FormFields.text("website", label: labels["website"]!, hint: context.t("organization.websiteHint"), type: .url, state, context),
                FormFields.checkboxes("memberCities", legend: labels["memberCities"]!, options: cities, state, context),
                FormFields.text("minMemberCities", label: labels["minMemberCities"]!, hint: context.t("programme.minMemberCitiesHint"), state, context),
                FormFields.checkboxes("themes", legend: labels["themes"]!, options: options.competences, state, context),
                FormFields.checkboxes("targetGroups", legend: labels["targetGroups"]!, options: groups, state, context),
            ])
    }

    static func state(from p: Programme, _ language: Language) -> FormState {
        FormState(values: [
            "name": p.name, "purposeFi": p.purposeFi ?? "", "purposeSv": p.purposeSv ?? "", "purposeEn": p.purposeEn ?? "",
            "startsOn": p.startsOn ?? "", "endsOn": p.endsOn ?? "", "budgetCents": MoneyField.text(p.budgetCents, language),
            "budgetApproximate": p.budgetApproximate ? "on" : "", "website": p.website ?? "", "minMemberCities": p.minMemberCities.map(String.init) ?? "",
        ], multiValues: ["memberCities": Set(p.memberCities.map { "\($0.$organization.id)" }), "themes": Set(p.themes.compactMap(\.id)),
                         "targetGroups": Set(p.targetGroups.map(\.rawValue))])
    }

    static func state(from f: ProgrammeForm) -> FormState {
        FormState(values: [
            "name": f.name ?? "", "purposeFi": f.purposeFi ?? "", "purposeSv": f.purposeSv ?? "", "purposeEn": f.purposeEn ?? "",
            "startsOn": f.startsOn ?? "", "endsOn": f.endsOn ?? "", "budgetCents": f.budgetCents ?? "", "budgetApproximate": f.budgetApproximate ?? "",
            "website": f.website ?? "", "minMemberCities": f.minMemberCities ?? "",
        ], multiValues: ["memberCities": Set(f.memberCities ?? []), "themes": Set(f.themes ?? []), "targetGroups": Set(f.targetGroups ?? [])])
    }

    /// The code and the three names every catalogue entry has (`prefix`: `indicator` or `instrument`);
    /// the editor's error on `name` is shown beside the Finnish name.
    private static func codeAndNames(_ prefix: String, _ state: inout FormState, _ context: PageContext) -> (labels: [String: String], fields: [Node<HTML.FormContext>]) {
        let labels = ["code": context.t("\(prefix).code"), "nameFi": context.t("\(prefix).nameFi"),
                      "nameSv": context.t("\(prefix).nameSv"), "nameEn": context.t("\(prefix).nameEn")]
        if let error = state.errors.removeValue(forKey: "name") { state.errors["nameFi"] = error }
        return (labels, [
            FormFields.text("code", label: labels["code"]!, hint: context.t("code.hint"), required: true, autocomplete: "off", state, context),
            FormFields.text("nameFi", label: labels["nameFi"]!, required: true, state, context),
            FormFields.text("nameSv", label: labels["nameSv"]!, state, context),
            FormFields.text("nameEn", label: labels["nameEn"]!, state, context),
        ])
    }

    static func indicator(_ programme: Programme, existing: Indicator? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = programme.id ?? 0
        let action = existing.map { context.link(.editIndicator(id, $0.id ?? 0)) } ?? context.link(.newIndicator(id))
        var state = state
        var (labels, fields) = codeAndNames("indicator", &state, context)
        labels["unit"] = context.t("indicator.unit")
        labels["aggregation"] = context.t("indicator.aggregation")
        return FormPage(
            title: existing.map { context.t("indicator.edit", ["name": $0.name.display(context.language)]) } ?? context.t("indicator.newFor", ["name": programme.name]),
            action: action, cancel: context.link(.programme(id)), state: state, labels: labels,
            fields: fields + [
                FormFields.select("unit", label: labels["unit"]!, required: true, emptyLabel: context.t("form.choose"),
                                  options: Indicator.Unit.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }, state, context),
                FormFields.select("aggregation", label: labels["aggregation"]!, hint: context.t("indicator.aggregationHint"), required: true,
                                  emptyLabel: context.t("form.choose"),
                                  options: Indicator.Aggregation.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }, state, context),
            ],
            removal: existing.map { (action, context.t("indicator.remove", ["name": $0.name.display(context.language)])) })
    }

    static func instrument(_ programme: Programme, existing: FundingInstrument? = nil, state: FormState, organizations: [(value: String, label: String)],
                           _ context: PageContext) -> FormPage {
        let id = programme.id ?? 0
        let action = existing.map { context.link(.editInstrument(id, $0.id ?? 0)) } ?? context.link(.newInstrument(id))
        var state = state
        var (labels, fields) = codeAndNames("instrument", &state, context)
        labels["administratorId"] = context.t("instrument.administrator")
        labels["budgetCents"] = context.t("programme.budgetEuros")
        return FormPage(
            title: existing.map { context.t("instrument.edit", ["name": $0.name.display(context.language)]) } ?? context.t("instrument.newFor", ["name": programme.name]),
            action: action, cancel: context.link(.programme(id)), state: state, labels: labels,
            fields: fields + [
                FormFields.select("administratorId", label: labels["administratorId"]!, emptyLabel: context.t("form.choose"), options: organizations, state, context),
                FormFields.text("budgetCents", label: labels["budgetCents"]!, hint: context.t("money.hint"), state, context),
            ],
            removal: existing.map { (action, context.t("instrument.remove", ["name": $0.name.display(context.language)])) })
    }
}

extension ProgrammeForms {
    /// A figure the programme states as a whole (e.g. "708 companies took part"), optionally the answer for an indicator.
    static func figure(_ programme: Programme, state: FormState, _ context: PageContext) -> FormPage {
        let id = programme.id ?? 0
        let labels = ["labelFi": context.t("figure.labelFi"), "labelSv": context.t("figure.labelSv"), "labelEn": context.t("figure.labelEn"),
                      "value": context.t("figure.value"), "qualifier": context.t("figure.qualifier"), "indicatorId": context.t("indicator.name"),
                      "source": context.t("figure.source")]
        var state = state
        if let error = state.errors.removeValue(forKey: "label") { state.errors["labelFi"] = error }
        return FormPage(
            title: context.t("figure.newFor", ["name": programme.name]), action: context.link(.newFigure(id)), cancel: context.link(.programme(id)),
            state: state, labels: labels, lead: context.t("programme.figuresLead"),
            fields: [
                FormFields.text("labelFi", label: labels["labelFi"]!, required: true, state, context),
                FormFields.text("labelSv", label: labels["labelSv"]!, state, context),
                FormFields.text("labelEn", label: labels["labelEn"]!, state, context),
                FormFields.text("value", label: labels["value"]!, required: true, state, context),
                FormFields.select("qualifier", label: labels["qualifier"]!, emptyLabel: context.t("qualifier.exact"),
                                  options: [ProgrammeFigure.Qualifier.moreThan, .about].map { (value: $0.rawValue, label: context.t("figure.qualifier.\($0.rawValue)")) },
                                  state, context),
                FormFields.select("indicatorId", label: labels["indicatorId"]!, hint: context.t("figure.indicatorHint"), emptyLabel: context.t("figure.noIndicator"),
                                  options: programme.sortedIndicators.map { (value: "\($0.id ?? 0)", label: $0.name.display(context.language)) }, state, context),
                FormFields.text("source", label: labels["source"]!, state, context),
            ])
    }
}

/// The indicator and instrument forms as the browser posts them.
struct CatalogueForm: Decodable {
    var code: String?
    var nameFi: String?
    var nameSv: String?
    var nameEn: String?
    var unit: String?
    var aggregation: String?
    var administratorId: String?
    /// Euros as typed, named like the API's cent field so the editor's errors land beside it.
    var budgetCents: String?

    var name: LocalizedText { LocalizedText(fi: nameFi, sv: nameSv, en: nameEn) }

    var indicatorInput: IndicatorInput { IndicatorInput(code: code, name: name, unit: unit, aggregation: aggregation) }

    /// The instrument, or a 422 on `budgetCents` when the typed amount is not money.
    func instrumentInput() throws -> InstrumentInput {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(budgetCents, field: "budgetCents", into: &errors)
        if !errors.isEmpty { throw Problem.validation(errors) }
        return InstrumentInput(code: code, name: name, administratorId: administratorId.nonEmpty.flatMap(Int.init), budgetCents: budget)
    }

    var state: FormState {
        FormState(values: ["code": code ?? "", "nameFi": nameFi ?? "", "nameSv": nameSv ?? "", "nameEn": nameEn ?? "", "unit": unit ?? "",
                           "aggregation": aggregation ?? "", "administratorId": administratorId ?? "", "budgetCents": budgetCents ?? ""])
    }
}
