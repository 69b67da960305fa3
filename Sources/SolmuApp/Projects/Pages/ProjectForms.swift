import Plot
import Vapor

/// The forms project managers and coordinators keep a project with.
enum ProjectForms {
    typealias Options = [(value: String, label: String)]

    /// The way down to a project's forms: its programme (or network) from the top-level list, then the project itself.
    /// Needs `programme` and `network` loaded, as `ProjectLoader` loads them.
    static func trail(_ project: Project, _ context: PageContext) -> [(title: String, href: String)] {
        var trail: [(title: String, href: String)] = []
        if let programme = project.$programme.value ?? nil {
            trail.append((title: context.t("programmes.title"), href: context.link(.programmes)))
            trail.append((title: programme.name, href: context.link(.programme(programme.id ?? 0))))
        } else if let network = project.$network.value ?? nil {
            trail.append((title: context.t("networks.title"), href: context.link(.networks)))
            trail.append((title: network.name, href: context.link(.network(network.id ?? 0))))
        }
        trail.append((title: project.name.display(context.language), href: context.link(.project(project.id ?? 0))))
        return trail
    }

    /// `trail`: the breadcrumbs down to the form (`trail(_:_:)` for an existing project).
    static func project(
        id: Int?, name: String?, state: FormState, programmes: Options, instruments: Options, themes: Options,
        trail: [(title: String, href: String)], _ context: PageContext
    ) -> FormPage {
        let statuses = Project.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let targetGroups = TargetGroup.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return FormPage(
            ProjectForm.self,
            title: id == nil ? context.t("project.new") : context.t("organization.editTitle", ["name": name ?? ""]),
            action: id.map { context.link(.editProject($0)) } ?? context.link(.newProject),
            cancel: id.map { context.link(.project($0)) } ?? context.link(.programmes),
            state: state, lead: context.t("project.formLead"),
            fields: FormFields.draw(
                ProjectForm.self, state, context,
                options: [
                    .programmeId: programmes, .instrumentId: instruments, .status: statuses,
                    .themes: themes, .targetGroups: targetGroups,
                ]),
            submitLabel: context.t(id == nil ? "project.new" : "form.save"),
            breadcrumbs: trail,
            context: context)
    }

    /// Adding an implementer, or (with `existing`) changing its role, contact and budget share — or removing it.
    static func implementer(
        _ project: Project, existing: ProjectImplementer? = nil, state: FormState, organizations: Options, people: Options,
        _ context: PageContext
    ) -> FormPage {
        let id = project.id ?? 0
        let action = existing.map { context.link(.editImplementer(id, $0.id ?? 0)) } ?? context.link(.newImplementer(id))
        let roles = ProjectImplementer.Role.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let organization: Node<HTML.FormContext> =
            existing == nil
            ? FormFields.draw(ImplementerForm.self, .organizationId, state, context, options: organizations)
            : .p(.strong(.text(context.t(ImplementerForm.field(.organizationId).labelKey) + ": ")), .text(existing?.organization.name ?? ""))
        return FormPage(
            ImplementerForm.self,
            title: existing.map { context.t("project.editImplementer", ["name": $0.organization.name]) }
                ?? context.t("project.addImplementerTo", ["name": project.name.display(context.language)]),
            action: action, cancel: context.link(.project(id)), state: state,
            fields: [organization]
                + FormFields.draw(
                    ImplementerForm.self, state, context, options: [.role: roles, .contactPersonId: people],
                    except: [.organizationId]),
            submitLabel: context.t(existing == nil ? "project.addImplementer" : "form.save"),
            removal: existing.map { (action, context.t("project.removeImplementer", ["name": $0.organization.name])) },
            breadcrumbs: trail(project, context),
            context: context)
    }

    /// A work package, with a row for each task or deliverable (`WorkItemRows`). The rows' labels name their number,
    /// so the error summary has them beside the described fields' labels.
    static func workPackage(_ project: Project, existing: WorkPackage? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = project.id ?? 0
        var labels = WorkPackageForm.labels(context)
        let responsible = project.sortedImplementers.map { (value: "\($0.$organization.id)", label: $0.organization.name) }
        let statuses = WorkPackageItem.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        var itemFields: [Node<HTML.FormContext>] = []
        for row in 0..<WorkItemRows.count(existing) {
            let number = ["number": "\(row + 1)"]
            let (title, titleLabel) = (WorkItemRows.name(row, .title), context.t("workItem.rowTitle", number))
            let (dueOn, dueOnLabel) = (WorkItemRows.name(row, .dueOn), context.t("workItem.rowDue", number))
            labels[title] = titleLabel
            labels[dueOn] = dueOnLabel
            itemFields.append(
                .fieldset(
                    .class("field"), .element(named: "legend", text: context.t("workItem.row", number)),
                    FormFields.text(title, label: titleLabel, state, context),
                    FormFields.select(
                        WorkItemRows.name(row, .kind), label: context.t("workItem.kind"), emptyLabel: context.t("workItemKind.task"),
                        options: [(value: "deliverable", label: context.t("workItemKind.deliverable"))], state, context),
                    FormFields.text(dueOn, label: dueOnLabel, hint: context.t("date.dayHint"), state, context),
                    FormFields.select(
                        WorkItemRows.name(row, .status), label: context.t("workItem.status"), emptyLabel: context.t("form.choose"),
                        options: statuses, state, context)))
        }
        var state = state
        if let error = state.errors.removeValue(forKey: "title") { state.errors[WorkPackageForm.Key.titleFi.rawValue] = error }
        let action = existing.map { context.link(.editWorkPackage(id, $0.id ?? 0)) } ?? context.link(.newWorkPackage(id))
        return FormPage(
            title: existing.map { context.t("workPackage.edit", ["number": "\($0.number)"]) }
                ?? context.t("workPackage.newFor", ["name": project.name.display(context.language)]),
            action: action, cancel: context.link(.project(id)), state: state, labels: labels,
            fields: FormFields.draw(WorkPackageForm.self, state, context, options: [.responsibleId: responsible]) + itemFields,
            submitLabel: context.t(existing == nil ? "workPackage.new" : "form.save"),
            removal: existing.map { (action, context.t("workPackage.remove", ["number": "\($0.number)"])) },
            breadcrumbs: trail(project, context))
    }

    static func result(_ project: Project, existing: ProjectResult? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = project.id ?? 0
        let action = existing.map { context.link(.editResult(id, $0.id ?? 0)) } ?? context.link(.newResult(id))
        let kinds = ProjectResult.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return FormPage(
            ResultForm.self,
            title: existing.map { context.t("result.edit", ["title": $0.title]) }
                ?? context.t("result.newFor", ["name": project.name.display(context.language)]),
            action: action, cancel: context.link(.project(id)), state: state,
            fields: FormFields.draw(ResultForm.self, state, context, options: [.kind: kinds]),
            submitLabel: context.t(existing == nil ? "result.new" : "form.save"),
            removal: existing.map { (action, context.t("result.remove", ["title": $0.title])) },
            breadcrumbs: trail(project, context),
            context: context)
    }

    /// A row for each indicator (`TargetRows`), labelled with the indicator's name, which the error summary uses too.
    static func targets(_ project: Project, indicators: [Indicator], state: FormState, _ context: PageContext) -> FormPage {
        let id = project.id ?? 0
        let fields: [Node<HTML.FormContext>] = indicators.enumerated().map { index, indicator in
            .group(
                .input(.type(.hidden), .name(TargetRows.name(index, .indicatorId)), .value("\(indicator.id ?? 0)")),
                FormFields.text(
                    TargetRows.name(index, .value), label: indicator.name.display(context.language),
                    hint: context.t(indicator.unit.labelKey), state, context))
        }
        let labels = Dictionary(
            indicators.enumerated().map { (TargetRows.name($0.offset, .value), $0.element.name.display(context.language)) },
            uniquingKeysWith: { first, _ in first })
        return FormPage(
            title: context.t("target.title", ["name": project.name.display(context.language)]), action: context.link(.projectTargets(id)),
            cancel: context.link(.project(id)), state: state, labels: labels, lead: context.t("target.lead"), fields: fields,
            breadcrumbs: trail(project, context))
    }

    /// A new report, or (with `existing`) a correction of one: the `version` it corrects goes along, so a report
    /// someone else changed meanwhile is not overwritten.
    static func report(
        _ project: Project, indicators: [Indicator], existing: IndicatorReport? = nil, version: String? = nil, state: FormState,
        _ context: PageContext
    ) -> FormPage {
        let id = project.id ?? 0
        let indicatorName = existing.flatMap { report in indicators.first { $0.id == report.$indicator.id } }?.name.display(context.language)
        let indicatorField: Node<HTML.FormContext> =
            existing == nil
            ? FormFields.draw(
                ReportForm.self, .indicatorId, state, context,
                options: indicators.map { (value: "\($0.id ?? 0)", label: $0.name.display(context.language)) })
            : .input(.type(.hidden), .name(ReportForm.versionField), .value(version ?? ""))
        return FormPage(
            ReportForm.self,
            title: existing == nil
                ? context.t("report.newFor", ["name": project.name.display(context.language)])
                : context.t("report.correct", ["name": indicatorName ?? ""]),
            action: existing.map { context.link(.correctReport(id, $0.id ?? 0)) } ?? context.link(.newReport(id)),
            cancel: context.link(.project(id)), state: state,
            lead: Formatting.period(project.startsOn, project.endsOn, context.language).map { context.t("report.lead", ["period": $0]) },
            fields: [indicatorField] + FormFields.draw(ReportForm.self, state, context, except: [.indicatorId]),
            submitLabel: context.t(existing == nil ? "report.new" : "form.save"),
            breadcrumbs: trail(project, context),
            context: context)
    }
}
