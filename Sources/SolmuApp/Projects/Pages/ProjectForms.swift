import Plot
import Vapor

/// The forms project managers and coordinators keep a project with.
enum ProjectForms {
    typealias Options = [(value: String, label: String)]

    static func project(id: Int?, name: String?, state: FormState, programmes: Options, instruments: Options, themes: Options, _ context: PageContext) -> FormPage {
        let labels = [
            "code": context.t("project.code"), "nameFi": context.t("project.nameFi"), "nameSv": context.t("project.nameSv"), "nameEn": context.t("project.nameEn"),
            "summaryFi": context.t("project.summaryFi"), "summarySv": context.t("project.summarySv"), "summaryEn": context.t("project.summaryEn"),
            "programmeId": context.t("project.programme"), "instrumentId": context.t("project.instrument"), "status": context.t("project.status"),
            "startsOn": context.t("network.startsOn"), "endsOn": context.t("network.endsOn"),
            "totalCents": context.t("project.totalEuros"), "euCents": context.t("project.euEuros"), "nationalCents": context.t("project.nationalEuros"),
            "ownCents": context.t("project.ownEuros"), "themes": context.t("network.themes"), "targetGroups": context.t("programme.targetGroups"),
            "website": context.t("organization.website"),
        ]
        return FormPage(
            title: id == nil ? context.t("project.new") : context.t("organization.editTitle", ["name": name ?? ""]),
            action: id.map { context.link(.editProject($0)) } ?? context.link(.newProject),
            cancel: id.map { context.link(.project($0)) } ?? context.link(.programmes),
            state: state, labels: labels, lead: context.t("project.formLead"),
            fields: [
                FormFields.text("nameFi", label: labels["nameFi"]!, required: true, state, context),
                FormFields.text("nameSv", label: labels["nameSv"]!, state, context),
                FormFields.text("nameEn", label: labels["nameEn"]!, state, context),
                FormFields.text("code", label: labels["code"]!, autocomplete: "off", state, context),
                FormFields.select("programmeId", label: labels["programmeId"]!, emptyLabel: context.t("project.noProgramme"), options: programmes, state, context),
                FormFields.select("instrumentId", label: labels["instrumentId"]!, emptyLabel: context.t("value.unknown"), options: instruments, state, context),
                FormFields.select("status", label: labels["status"]!, hint: context.t("project.statusHint"), required: true, emptyLabel: context.t("form.choose"),
                                  options: Project.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }, state, context),
                FormFields.checkbox("spearhead", label: context.t("project.spearhead"), checked: !state.value("spearhead").isEmpty, context),
                FormFields.text("startsOn", label: labels["startsOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.text("endsOn", label: labels["endsOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.text("totalCents", label: labels["totalCents"]!, hint: context.t("money.hint"), state, context),
                FormFields.text("euCents", label: labels["euCents"]!, hint: context.t("money.hint"), state, context),
                FormFields.text("nationalCents", label: labels["nationalCents"]!, hint: context.t("money.hint"), state, context),
                FormFields.text("ownCents", label: labels["ownCents"]!, hint: context.t("money.hint"), state, context),
                FormFields.textArea("summaryFi", label: labels["summaryFi"]!, lang: .fi, state, context),
                FormFields.textArea("summarySv", label: labels["summarySv"]!, lang: .sv, state, context),
                FormFields.textArea("summaryEn", label: labels["summaryEn"]!, lang: .en, state, context),
                FormFields.text("website", label: labels["website"]!, hint: context.t("organization.websiteHint"), type: .url, state, context),
                FormFields.checkboxes("themes", legend: labels["themes"]!, options: themes, state, context),
                FormFields.checkboxes("targetGroups", legend: labels["targetGroups"]!,
                                      options: TargetGroup.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }, state, context),
            ])
    }

    /// The money fields are typed in euros but named as the API names them, so errors land beside the right field.
    static func state(from p: Project, _ language: Language) -> FormState {
        FormState(values: [
            "code": p.code ?? "", "nameFi": p.nameFi, "nameSv": p.nameSv ?? "", "nameEn": p.nameEn ?? "",
            "summaryFi": p.summaryFi ?? "", "summarySv": p.summarySv ?? "", "summaryEn": p.summaryEn ?? "",
            "programmeId": p.$programme.id.map(String.init) ?? "", "instrumentId": p.$instrument.id.map(String.init) ?? "",
            "status": p.status.rawValue, "spearhead": p.spearhead ? "on" : "", "startsOn": p.startsOn ?? "", "endsOn": p.endsOn ?? "",
            "totalCents": MoneyField.text(p.totalCents, language), "euCents": MoneyField.text(p.euCents, language),
            "nationalCents": MoneyField.text(p.nationalCents, language), "ownCents": MoneyField.text(p.ownCents, language), "website": p.website ?? "",
        ], multiValues: ["themes": Set(p.themes.compactMap(\.id)), "targetGroups": Set(p.targetGroups.map(\.rawValue))])
    }

    static func state(from f: ProjectForm) -> FormState {
        FormState(values: [
            "code": f.code ?? "", "nameFi": f.nameFi ?? "", "nameSv": f.nameSv ?? "", "nameEn": f.nameEn ?? "",
            "summaryFi": f.summaryFi ?? "", "summarySv": f.summarySv ?? "", "summaryEn": f.summaryEn ?? "",
            "programmeId": f.programmeId ?? "", "instrumentId": f.instrumentId ?? "", "status": f.status ?? "", "spearhead": f.spearhead ?? "",
            "startsOn": f.startsOn ?? "", "endsOn": f.endsOn ?? "", "totalCents": f.totalCents ?? "", "euCents": f.euCents ?? "",
            "nationalCents": f.nationalCents ?? "", "ownCents": f.ownCents ?? "", "website": f.website ?? "",
        ], multiValues: ["themes": Set(f.themes ?? []), "targetGroups": Set(f.targetGroups ?? [])])
    }

    /// Adding an implementer, or (with `existing`) changing its role, contact and budget share — or removing it.
    static func implementer(_ project: Project, existing: ProjectImplementer? = nil, state: FormState, organizations: Options, people: Options,
                            _ context: PageContext) -> FormPage {
        let id = project.id ?? 0
        let labels = ["organizationId": context.t("network.organization"), "role": context.t("network.role"),
                      "contactPersonId": context.t("network.contact"), "budgetCents": context.t("project.budgetShareEuros")]
        let action = existing.map { context.link(.editImplementer(id, $0.id ?? 0)) } ?? context.link(.newImplementer(id))
        return FormPage(
            title: existing.map { context.t("project.editImplementer", ["name": $0.organization.name]) }
                ?? context.t("project.addImplementerTo", ["name": project.name.display(context.language)]),
            action: action, cancel: context.link(.project(id)), state: state, labels: labels,
            fields: [
                existing == nil
                    ? FormFields.select("organizationId", label: labels["organizationId"]!, required: true, emptyLabel: context.t("form.choose"), options: organizations, state, context)
                    : .p(.strong(.text(labels["organizationId"]! + ": ")), .text(existing?.organization.name ?? "")),
                FormFields.select("role", label: labels["role"]!, required: true, emptyLabel: context.t("form.choose"),
                                  options: ProjectImplementer.Role.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }, state, context),
                FormFields.select("contactPersonId", label: labels["contactPersonId"]!, hint: context.t("network.contactHint"),
                                  emptyLabel: context.t("network.noContact"), options: people, state, context),
                FormFields.text("budgetCents", label: labels["budgetCents"]!, hint: context.t("money.hint"), state, context),
            ],
            removal: existing.map { (action, context.t("project.removeImplementer", ["name": $0.organization.name])) })
    }

    /// A work package with a row for each task or deliverable it has and two empty ones (more through the API).
    static func itemRows(_ existing: WorkPackage?) -> Int { max(3, (existing?.items.count ?? 0) + 2) }

    static func state(from wp: WorkPackage) -> FormState {
        var values = ["number": "\(wp.number)", "titleFi": wp.titleFi, "titleSv": wp.titleSv ?? "", "titleEn": wp.titleEn ?? "",
                      "descriptionFi": wp.descriptionFi ?? "", "responsibleId": wp.$responsible.id.map(String.init) ?? ""]
        for (row, item) in wp.sortedItems.enumerated() {
            values["items.\(row).title"] = item.title
            values["items.\(row).kind"] = item.kind == .task ? "" : item.kind.rawValue
            values["items.\(row).dueOn"] = item.dueOn ?? ""
            values["items.\(row).status"] = item.status.rawValue
        }
        return FormState(values: values)
    }

    static func workPackage(_ project: Project, existing: WorkPackage? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = project.id ?? 0
        var labels = ["number": context.t("workPackage.number"), "title": context.t("workPackage.titleFi"), "titleFi": context.t("workPackage.titleFi"),
                      "titleSv": context.t("workPackage.titleSv"), "titleEn": context.t("workPackage.titleEn"),
                      "descriptionFi": context.t("workPackage.descriptionFi"), "responsibleId": context.t("workPackage.responsible")]
        let responsible = project.sortedImplementers.map { (value: "\($0.$organization.id)", label: $0.organization.name) }
        let statuses = WorkPackageItem.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        var itemFields: [Node<HTML.FormContext>] = []
        for row in 0..<itemRows(existing) {
            let prefix = "items.\(row)"
            labels["\(prefix).title"] = context.t("workItem.rowTitle", ["number": "\(row + 1)"])
            labels["\(prefix).dueOn"] = context.t("workItem.rowDue", ["number": "\(row + 1)"])
            itemFields.append(.fieldset(.class("field"), .element(named: "legend", text: context.t("workItem.row", ["number": "\(row + 1)"])),
                FormFields.text("\(prefix).title", label: labels["\(prefix).title"]!, state, context),
                FormFields.select("\(prefix).kind", label: context.t("workItem.kind"), emptyLabel: context.t("workItemKind.task"),
                                  options: [(value: "deliverable", label: context.t("workItemKind.deliverable"))], state, context),
                FormFields.text("\(prefix).dueOn", label: labels["\(prefix).dueOn"]!, hint: context.t("date.dayHint"), state, context),
                FormFields.select("\(prefix).status", label: context.t("workItem.status"), emptyLabel: context.t("form.choose"), options: statuses, state, context)))
        }
        var state = state
        if let error = state.errors.removeValue(forKey: "title") { state.errors["titleFi"] = error }
        let action = existing.map { context.link(.editWorkPackage(id, $0.id ?? 0)) } ?? context.link(.newWorkPackage(id))
        return FormPage(
            title: existing.map { context.t("workPackage.edit", ["number": "\($0.number)"]) }
                ?? context.t("workPackage.newFor", ["name": project.name.display(context.language)]),
            action: action, cancel: context.link(.project(id)), state: state, labels: labels,
            fields: [
                FormFields.text("number", label: labels["number"]!, required: true, state, context),
                FormFields.text("titleFi", label: labels["titleFi"]!, required: true, state, context),
                FormFields.text("titleSv", label: labels["titleSv"]!, state, context),
                FormFields.text("titleEn", label: labels["titleEn"]!, state, context),
                FormFields.textArea("descriptionFi", label: labels["descriptionFi"]!, lang: .fi, state, context),
                FormFields.select("responsibleId", label: labels["responsibleId"]!, hint: context.t("workPackage.responsibleHint"),
                                  emptyLabel: context.t("form.choose"), options: responsible, state, context),
            ] + itemFields,
            removal: existing.map { (action, context.t("workPackage.remove", ["number": "\($0.number)"])) })
    }

    static func result(_ project: Project, existing: ProjectResult? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = project.id ?? 0
        let action = existing.map { context.link(.editResult(id, $0.id ?? 0)) } ?? context.link(.newResult(id))
        let labels = ["kind": context.t("result.kind"), "title": context.t("result.title"), "description": context.t("result.description"),
                      "url": context.t("result.url")]
        return FormPage(
            title: existing.map { context.t("result.edit", ["title": $0.title]) } ?? context.t("result.newFor", ["name": project.name.display(context.language)]),
            action: action, cancel: context.link(.project(id)), state: state, labels: labels,
            fields: [
                FormFields.select("kind", label: labels["kind"]!, required: true, emptyLabel: context.t("form.choose"),
                                  options: ProjectResult.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }, state, context),
                FormFields.text("title", label: labels["title"]!, required: true, state, context),
                FormFields.textArea("description", label: labels["description"]!, state, context),
                FormFields.text("url", label: labels["url"]!, type: .url, state, context),
            ],
            removal: existing.map { (action, context.t("result.remove", ["title": $0.title])) })
    }

    static func targets(_ project: Project, indicators: [Indicator], state: FormState, _ context: PageContext) -> FormPage {
        let id = project.id ?? 0
        var labels: [String: String] = [:]
        let fields: [Node<HTML.FormContext>] = indicators.enumerated().map { index, indicator in
            labels["targets.\(index).value"] = indicator.name.display(context.language)
            return .group(.input(.type(.hidden), .name("indicator\(index)"), .value("\(indicator.id ?? 0)")),
                          FormFields.text("targets.\(index).value", label: labels["targets.\(index).value"]!,
                                          hint: context.t(indicator.unit.labelKey), state, context))
        }
        return FormPage(title: context.t("target.title", ["name": project.name.display(context.language)]), action: context.link(.projectTargets(id)),
                        cancel: context.link(.project(id)), state: state, labels: labels, lead: context.t("target.lead"), fields: fields)
    }

    /// A new report, or (with `existing`) a correction of one: the version it corrects goes along, so a report
    /// someone else changed meanwhile is not overwritten.
    static func report(_ project: Project, indicators: [Indicator], existing: IndicatorReport? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = project.id ?? 0
        let indicatorName = existing.flatMap { report in indicators.first { $0.id == report.$indicator.id } }?.name.display(context.language)
        let labels = ["indicatorId": context.t("indicator.name"), "periodStart": context.t("report.periodStart"), "periodEnd": context.t("report.periodEnd"),
                      "value": context.t("report.value"), "note": context.t("report.note")]
        return FormPage(
            title: existing == nil ? context.t("report.newFor", ["name": project.name.display(context.language)]) : context.t("report.correct", ["name": indicatorName ?? ""]),
            action: existing.map { context.link(.correctReport(id, $0.id ?? 0)) } ?? context.link(.newReport(id)),
            cancel: context.link(.project(id)), state: state, labels: labels,
            lead: NetworkPage.period(project.startsOn, project.endsOn, context.language).map { context.t("report.lead", ["period": $0]) },
            fields: [
                existing == nil
                    ? FormFields.select("indicatorId", label: labels["indicatorId"]!, required: true, emptyLabel: context.t("form.choose"),
                                        options: indicators.map { (value: "\($0.id ?? 0)", label: $0.name.display(context.language)) }, state, context)
                    : .input(.type(.hidden), .name("version"), .value(state.value("version"))),
                FormFields.text("periodStart", label: labels["periodStart"]!, hint: context.t("date.dayHint"), required: true, state, context),
                FormFields.text("periodEnd", label: labels["periodEnd"]!, hint: context.t("date.dayHint"), required: true, state, context),
                FormFields.text("value", label: labels["value"]!, required: true, state, context),
                FormFields.textArea("note", label: labels["note"]!, state, context),
            ])
    }
}
