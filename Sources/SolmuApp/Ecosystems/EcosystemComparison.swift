import Fluent
import Vapor

/// Benchmarking: two to six ecosystems side by side, in absolute figures and per 1,000 inhabitants
/// where the population of every municipality is known.
struct EcosystemComparison: Content {
    struct Column: Content {
        var id: Int
        var name: String
        var population: Int?
        var actors: Int
        var actorsPerThousand: Double?
        var actorsByType: [String: Int]
        var competencesPresent: Int
        var wanted: Int
        var gaps: Int
        var goals: Int
        var goalsMet: Int
        var networks: Int
        var networkMemberships: Int
    }

    var ecosystems: [Column]

    static let allowed = 2...6

    static func build(ids: [Int], on database: any Database) async throws -> EcosystemComparison {
        let unique = Array(NSOrderedSet(array: ids)) as? [Int] ?? ids
        guard allowed.contains(unique.count) else { throw Problem.validation(["ids": "compare.count.invalid"]) }
        var columns: [Column] = []
        for id in unique {
            guard let ecosystem = try await EcosystemLoader.find(id, on: database) else { throw Problem.validation(["ids": "compare.unknown"]) }
            let picture = try await SituationalPicture.build(ecosystem, on: database)
            let populations = ecosystem.municipalities.map(\.population)
            let population = populations.contains(nil) ? nil : populations.compactMap { $0 }.reduce(0, +)
            columns.append(
                Column(
                    id: id, name: ecosystem.name, population: population, actors: picture.actorIDs.count,
                    actorsPerThousand: population.flatMap {
                        $0 > 0 ? (Double(picture.actorIDs.count) * 1000 / Double($0) * 100).rounded() / 100 : nil
                    },
                    actorsByType: Dictionary(uniqueKeysWithValues: picture.actorsByType.map { ($0.key, $0.count) }),
                    competencesPresent: picture.actorsByCompetence.count, wanted: picture.wanted.count, gaps: picture.gap.count,
                    goals: ecosystem.goals.count, goalsMet: ecosystem.goals.filter { ($0.progress ?? 0) >= 100 }.count,
                    networks: picture.networks.count, networkMemberships: picture.networks.reduce(0) { $0 + $1.actors }))
        }
        return EcosystemComparison(ecosystems: columns)
    }
}
