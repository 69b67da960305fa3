import Fluent
import Vapor

extension ProjectPage {
    /// The page's loader: the project (or 404) with its parts, its programme's catalogue and rule, its targets and
    /// reports — as plain rows, names that depend on the page's `language` resolved here. `viewer` decides whether the
    /// page offers editing, and whether contact persons' e-mail and phone show without their consent.
    static func load(id: Int, viewer: User?, language: Language, on database: any Database) async throws -> ProjectPage {
        let project = try await ProjectLoader.require(id, on: database)
        let id = try project.requireID()
        let targets = try await ProjectLoader.targets(of: id, on: database)
        let reports = try await ProjectLoader.reports(of: id, on: database)
        var canEdit = false
        if let viewer { canEdit = try await ProjectAccess.canEdit(viewer, project, on: database) }
        let programme = try await ProjectLoader.programme(of: project, on: database)
        let showContacts = viewer != nil

        var rule: Rule?
        if let programme, programme.minMemberCities != nil {
            let check = EligibilityCheck(programme: programme, implementers: project.implementers)
            rule = Rule(passes: check.passes, citiesCovered: check.citiesCovered, memberCount: check.memberCount, minimum: check.minimum ?? 0)
        }
        let implementers = project.sortedImplementers.map { implementer in
            ImplementerRow(
                id: implementer.id ?? 0,
                organization: Link(id: implementer.$organization.id, name: implementer.organization.name),
                role: implementer.role,
                municipality: implementer.organization.municipality?.name(language),
                contact: implementer.contactPerson.map { person in
                    let visible = showContacts || person.contactConsent
                    return Contact(name: person.name, title: person.title, email: visible ? person.email : nil, phone: visible ? person.phone : nil)
                },
                budgetCents: implementer.budgetCents)
        }
        let workPackages = project.sortedWorkPackages.map { wp in
            WorkPackageRow(
                id: wp.id ?? 0, number: wp.number, title: wp.title, responsible: wp.responsible?.name, summary: wp.summary,
                items: wp.sortedItems.map { WorkItemRow(title: $0.title, kind: $0.kind, dueOn: $0.dueOn, status: $0.status) })
        }
        let results = project.results.sorted { $0.title < $1.title }.map {
            ResultRow(id: $0.id ?? 0, kind: $0.kind, title: $0.title, url: $0.url, summary: $0.summary)
        }

        return ProjectPage(
            id: id, name: project.name, code: project.code, status: project.status, spearhead: project.spearhead,
            programme: programme.map { Link(id: $0.id ?? 0, name: $0.name) },
            instrument: programme?.instruments.first(where: { $0.id == project.$instrument.id })?.name,
            rule: rule,
            startsOn: project.startsOn, endsOn: project.endsOn,
            network: project.network.map { Link(id: $0.id ?? 0, name: $0.name) },
            website: project.website, summary: project.summary,
            euCents: project.euCents, nationalCents: project.nationalCents, ownCents: project.ownCents, totalCents: project.totalCents,
            themes: project.themes.map { $0.name(language) }.sorted { $0.finnishOrder < $1.finnishOrder },
            targetGroups: project.targetGroups,
            implementers: implementers, workPackages: workPackages, results: results,
            indicators: ProjectIndicatorsSection.make(projectID: id, programme: programme, targets: targets, reports: reports, canEdit: canEdit),
            canEdit: canEdit)
    }
}

extension ProjectIndicatorsSection {
    /// The section from what the project page's loader read: the programme's catalogue (none without a programme), each
    /// indicator's target and actual by its rule, and the reports by indicator and period.
    static func make(
        projectID: Int, programme: Programme?, targets: [IndicatorTarget], reports: [IndicatorReport],
        canEdit: Bool
    ) -> ProjectIndicatorsSection {
        let catalogue = programme?.sortedIndicators ?? []
        let targetValues = Dictionary(targets.map { ($0.$indicator.id, $0.value) }) { first, _ in first }
        let byIndicator = Dictionary(grouping: reports, by: { $0.$indicator.id })
        let indicators = catalogue.map { indicator in
            IndicatorRow(
                id: indicator.id ?? 0, name: indicator.name, aggregation: indicator.aggregation,
                target: targetValues[indicator.id ?? 0],
                actual: IndicatorRule.actual((byIndicator[indicator.id ?? 0] ?? []).map(\.ruleReport), indicator.aggregation))
        }
        let names = Dictionary(catalogue.map { ($0.id ?? 0, $0.name) }) { first, _ in first }
        let rows = reports.sorted { ($0.$indicator.id, $0.periodStart) < ($1.$indicator.id, $1.periodStart) }.map { report in
            ReportRow(
                id: report.id ?? 0, indicatorName: names[report.$indicator.id], periodStart: report.periodStart, periodEnd: report.periodEnd,
                value: report.value, reportedByName: report.reportedByName, reportedAt: report.reportedAt)
        }
        return ProjectIndicatorsSection(projectID: projectID, indicators: indicators, reports: rows, canEdit: canEdit)
    }
}
