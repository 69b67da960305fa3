import Fluent
import Vapor

extension RegionsPage {
    /// The page's loader: every region with how many municipalities and organisations it has, named in `language`, in name order.
    static func load(language: Language, on database: any Database) async throws -> RegionsPage {
        let counts = try await RegionCounts.organizationsByMunicipality(database)
        let regions = try await GeographyLoader.regions(database)
        let rows = regions.map { region in
            Row(
                code: region.id ?? "", name: region.name(language), municipalities: region.municipalities.count,
                organizations: region.municipalities.reduce(0) { $0 + (counts[$1.id ?? ""] ?? 0) })
        }.sorted { $0.name.finnishOrder < $1.name.finnishOrder }
        return RegionsPage(rows: rows)
    }
}
