import Fluent
import Vapor

extension PortfolioPage {
    /// The page's loader: one page of the programme's projects matching `search` (narrowed to the programme), their
    /// number, and the filters' choices — the programme's themes and instruments, and the cities and implementers that
    /// take part in its projects — labelled in the page's `language`.
    static func load(
        programme: Programme, search: ProjectSearch, paging: Paging, language: Language,
        on database: any Database
    ) async throws -> PortfolioPage {
        let id = try programme.requireID()
        var search = search
        search.programme = id
        let total = try await search.count(on: database)
        let projects = try await search.page(limit: paging.limit, offset: paging.offset, on: database)
        let taking = try await ProgrammeLoader.participants(of: id, on: database)
        let cityCodes = Array(Set(taking.compactMap(\.municipality_code)))
        let cities = try await ProgrammeLoader.municipalities(cityCodes, on: database)
            .map { (value: $0.id ?? "", label: $0.name(language)) }.sorted { $0.label.finnishOrder < $1.label.finnishOrder }
        let instrumentCodes = Dictionary(uniqueKeysWithValues: programme.instruments.map { ($0.id ?? 0, $0.code) })
        let rows = projects.map { project in
            Row(
                id: project.id ?? 0, name: project.name, code: project.code, status: project.status,
                instrumentCode: project.$instrument.id.flatMap { instrumentCodes[$0] },
                startsOn: project.startsOn, endsOn: project.endsOn, totalCents: project.totalCents)
        }
        return PortfolioPage(
            programmeID: id, programmeName: programme.name, search: search, projects: rows, total: total, paging: paging,
            themes: programme.themes.map { (value: $0.id ?? "", label: $0.name(language)) }.sorted { $0.label.finnishOrder < $1.label.finnishOrder },
            instruments: programme.instruments.sorted { $0.code < $1.code }.map { (value: "\($0.id ?? 0)", label: $0.name.display(language)) },
            cities: cities,
            implementers: taking.map { (value: "\($0.id)", label: $0.name) })
    }
}
