import Fluent
import Vapor

extension MunicipalityPage {
    /// The page's loader: the municipality with its region (404 when there is none) and its first organisations, named in `language`.
    static func load(code: String, language: Language, on database: any Database) async throws -> MunicipalityPage {
        let municipality = try await GeographyLoader.requireMunicipalityWithRegion(code, on: database)
        guard let municipalityCode = municipality.id else { throw Problem.notFound() }
        let found = try await OrganizationSearch(database: database).page(
            OrganizationFilter(municipalityCode: municipalityCode), limit: 50, offset: 0)
        let organizations = try await OrganizationLoader.load(found.ids, on: database)
        return MunicipalityPage(
            code: municipalityCode, name: municipality.name(language), nameFi: municipality.nameFi, nameSv: municipality.nameSv,
            bilingual: municipality.bilingual, population: municipality.population,
            regionCode: municipality.$region.id, regionName: municipality.region.name(language),
            organizations: organizations.map { OrganizationSummary($0, language) }, organizationTotal: found.total)
    }
}
