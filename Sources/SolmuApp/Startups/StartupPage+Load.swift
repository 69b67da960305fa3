import Fluent
import Vapor

extension StartupPage {
    /// The page's loader: the region (404 when there is none) and its startups counted, municipalities named in `language`.
    static func load(regionCode: String, language: Language, on database: any Database) async throws -> StartupPage {
        let region = try await GeographyLoader.requireRegion(regionCode, on: database)
        guard let code = region.id else { throw Problem.notFound() }
        let names = Dictionary(uniqueKeysWithValues: region.municipalities.map { ($0.id ?? "", $0.name(language)) })
        return StartupPage(
            regionCode: code, regionName: region.name(language),
            report: try await StartupReport.build(regionCode: code, on: database), municipalityNames: names)
    }
}
