import Fluent
import Vapor

/// A region's startups counted by sector, municipality and founding year — whatever the atlas holds, never an estimate.
struct StartupReport: Content {
    struct Count: Content { var key: String; var count: Int }

    var regionCode: String
    var total: Int
    var bySector: [Count]
    var byMunicipality: [Count]
    var byFoundingYear: [Count]
    var byStage: [Count]

    static func build(regionCode: String, on database: any Database) async throws -> StartupReport {
        let codes = try await Municipality.query(on: database).filter(\.$region.$id == regionCode).all().compactMap(\.id)
        let startups =
            codes.isEmpty
            ? []
            : try await Organization.query(on: database)
                .filter(\.$type == .startup).filter(\.$municipality.$id ~~ codes)
                .field(\.$id).field(\.$sector).field(\.$stage).field(\.$foundedYear).field(\.$municipality.$id).all()
        func counts(_ keys: [String]) -> [Count] {
            Dictionary(grouping: keys, by: { $0 }).map { Count(key: $0.key, count: $0.value.count) }.sorted {
                ($0.count, $1.key) > ($1.count, $0.key)
            }
        }
        return StartupReport(
            regionCode: regionCode, total: startups.count,
            bySector: counts(startups.map { $0.sector?.trimmingCharacters(in: .whitespaces).lowercased() ?? "" }),
            byMunicipality: counts(startups.compactMap { $0.$municipality.id }),
            byFoundingYear: counts(startups.map { $0.foundedYear.map(String.init) ?? "" }).sorted { $0.key < $1.key },
            byStage: counts(startups.map { $0.stage?.rawValue ?? "" }))
    }
}
