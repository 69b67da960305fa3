import Fluent
import Vapor

extension RegionPage {
    /// The page's loader: the region (404 when there is none), its municipalities with their organisation counts and its first
    /// organisations, named in `language`.
    static func load(code: String, language: Language, on database: any Database) async throws -> RegionPage {
        let region = try await GeographyLoader.requireRegion(code, on: database)
        guard let regionCode = region.id else { throw Problem.notFound() }
        let counts = try await RegionCounts.organizationsByMunicipality(database)
        let found = try await OrganizationSearch(database: database).page(OrganizationFilter(regionCode: regionCode), limit: 50, offset: 0)
        let organizations = try await OrganizationLoader.load(found.ids, on: database)
        return RegionPage(
            name: region.name(language), code: regionCode,
            municipalities: region.municipalities.map {
                MunicipalityRow(code: $0.id ?? "", name: $0.name(language), population: $0.population, organizations: counts[$0.id ?? ""] ?? 0)
            }.sorted { $0.name.finnishOrder < $1.name.finnishOrder },
            organizations: organizations.map { OrganizationSummary($0, language) },
            organizationTotal: found.total)
    }
}
