import Fluent
import Vapor

extension ProgrammePage {
    /// The page's loader: the programme (or 404) with its catalogue, its dashboard, spearhead projects, the municipalities
    /// its implementers are in, its governing bodies and the calls `viewer` may see — as plain rows, names that depend on
    /// the page's `language` resolved here. `viewer` decides whether the page offers editing and starting a project.
    static func load(id: Int, viewer: User?, language: Language, on database: any Database) async throws -> ProgrammePage {
        let programme = try await ProgrammeLoader.require(id, on: database)
        let id = try programme.requireID()
        let dashboard = try await ProgrammeDashboard.load(programmeID: id, on: database)
        let spearheads = try await ProjectLoader.spearheads(ofProgramme: id, on: database)
        let municipalities = try await ProgrammeLoader.municipalities(Array(dashboard.implementersByMunicipality.keys), on: database)
        let bodies = try await ProgrammeLoader.bodies(of: id, on: database)
        let calls = try await CallLoader.visible(to: viewer, programme: id, on: database)

        let instruments = programme.instruments.sorted { $0.code < $1.code }.map { instrument in
            InstrumentRow(
                id: instrument.id ?? 0, code: instrument.code, name: instrument.name,
                administrator: instrument.administrator.map { Link(id: $0.id ?? 0, name: $0.name) }, budgetCents: instrument.budgetCents)
        }
        let themes = programme.themes.map { ThemeRow(id: $0.id ?? "", name: $0.name(language)) }
        let indicators = programme.sortedIndicators.map {
            IndicatorRow(id: $0.id ?? 0, code: $0.code, name: $0.name, unit: $0.unit, aggregation: $0.aggregation)
        }
        let figures = programme.figures.map {
            FigureRow(id: $0.id ?? 0, label: $0.label, value: $0.value, qualifier: $0.qualifier, source: $0.source, indicatorID: $0.$indicator.id)
        }
        let byCode = Dictionary(uniqueKeysWithValues: municipalities.map { ($0.id ?? "", $0) })
        let places = dashboard.implementersByMunicipality.compactMap { code, count in byCode[code].map { ($0, count) } }
            .sorted { $0.0.nameFi.finnishOrder < $1.0.nameFi.finnishOrder }
            .map { municipality, count in
                ProgrammeDashboardSection.Place(
                    code: municipality.id ?? "", name: municipality.name(language),
                    longitude: municipality.longitude, latitude: municipality.latitude, implementers: count)
            }

        return ProgrammePage(
            id: id, name: programme.name, startsOn: programme.startsOn, endsOn: programme.endsOn,
            budgetCents: programme.budgetCents, budgetApproximate: programme.budgetApproximate,
            coordinator: programme.coordinator.map { Link(id: $0.id ?? 0, name: $0.name) },
            minMemberCities: programme.minMemberCities, projectCount: dashboard.projectCount, purpose: programme.purpose,
            memberCities: programme.memberCities.sorted { $0.organization.sortName < $1.organization.sortName }
                .map { Link(id: $0.$organization.id, name: $0.organization.name) },
            instruments: instruments,
            themes: themes.sorted { $0.name.finnishOrder < $1.name.finnishOrder },
            targetGroups: programme.targetGroups,
            spearheads: spearheads.map { ProjectRow(id: $0.id ?? 0, name: $0.name) },
            bodies: bodies.map { BodyRow(id: $0.id ?? 0, name: $0.name, memberCount: $0.members.count) },
            calls: calls.map { CallRow(id: $0.id ?? 0, title: $0.numberedTitle(language), opensAt: $0.opensAt, closesAt: $0.closesAt) },
            figures: figures.sorted { $0.id < $1.id },
            indicators: indicators,
            dashboard: ProgrammeDashboardSection(
                programmeID: id, dashboard: dashboard, instruments: instruments, themes: themes,
                indicators: indicators, figures: figures, places: places),
            canEdit: viewer.map { ProgrammeAccess.canEdit($0, programme) } ?? false,
            canCreateProject: viewer?.mayStartForOrganization ?? false)
    }
}
