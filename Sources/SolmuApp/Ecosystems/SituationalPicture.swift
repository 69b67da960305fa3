import Fluent
import Foundation
import Vapor

/// WP1's situational picture of an ecosystem, computed from the atlas: who the actors are (by type and
/// competence), which wanted competences are present and which are missing (the gap), how the goals are
/// going, which actions are overdue, which networks the actors belong to, and where they are.
/// Later features (projects, events) add sections of their own to `extraSections`.
struct SituationalPicture: Content, Sendable {
    struct Count: Sendable, Codable { var key: String; var count: Int }
    struct Place: Sendable, Codable { var code: String; var actors: Int }
    struct NetworkLink: Sendable, Codable { var networkId: Int; var name: String; var actors: Int }

    var actorIDs: [Int]
    var actorsByType: [Count]
    var actorsByCompetence: [Count]
    var wanted: [String]
    /// Wanted competences that no actor has: what the ecosystem lacks.
    var gap: [String]
    /// Wanted competences some actor already has.
    var wantedPresent: [String]
    var places: [Place]
    var networks: [NetworkLink]
    var overdueActionIDs: [Int]

    /// The ecosystem's actors: organisations located in its municipalities plus those linked to it.
    static func actorIDs(of ecosystem: Ecosystem, on database: any Database) async throws -> [Int] {
        let codes = ecosystem.municipalities.compactMap(\.id)
        let located = codes.isEmpty ? [] : try await Organization.query(on: database).filter(\.$municipality.$id ~~ codes).field(\.$id).all().compactMap(\.id)
        return Array(Set(located + ecosystem.linkedActors.compactMap(\.id))).sorted()
    }

    /// Needs the ecosystem loaded with `EcosystemLoader`.
    static func build(_ ecosystem: Ecosystem, on database: any Database, today: Date = Date()) async throws -> SituationalPicture {
        let ids = try await actorIDs(of: ecosystem, on: database)
        var types: [String: Int] = [:]
        var competences: [String: Int] = [:]
        var places: [String: Int] = [:]
        var networks: [Int: (String, Int)] = [:]
        // In slices, so that a large ecosystem never makes one statement with thousands of binds.
        for slice in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let organizations = try await Organization.query(on: database).filter(\.$id ~~ slice)
                .field(\.$id).field(\.$type).field(\.$municipality.$id).all()
            for organization in organizations {
                types[organization.type.rawValue, default: 0] += 1
                if let code = organization.$municipality.id { places[code, default: 0] += 1 }
            }
            for link in try await OrganizationCompetence.query(on: database).filter(\.$organization.$id ~~ slice).all() {
                competences[link.$competence.id, default: 0] += 1
            }
            for membership in try await NetworkMember.query(on: database).filter(\.$organization.$id ~~ slice).with(\.$network).all() {
                let id = membership.$network.id
                networks[id] = (membership.network.name, (networks[id]?.1 ?? 0) + 1)
            }
        }
        let wanted = ecosystem.wantedCompetences.compactMap(\.id).sorted()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Formatting.helsinki
        let now = calendar.dateComponents([.year, .month, .day], from: today)
        let overdue = ecosystem.actions.filter { $0.isOverdue(today: (now.year!, now.month!, now.day!)) }.compactMap(\.id)
        func sorted(_ counts: [String: Int]) -> [Count] {
            counts.map { Count(key: $0.key, count: $0.value) }.sorted { ($0.count, $1.key) > ($1.count, $0.key) }
        }
        return SituationalPicture(
            actorIDs: ids,
            actorsByType: sorted(types),
            actorsByCompetence: sorted(competences),
            wanted: wanted,
            gap: wanted.filter { competences[$0] == nil },
            wantedPresent: wanted.filter { competences[$0] != nil },
            places: places.map { Place(code: $0.key, actors: $0.value) }.sorted { $0.code < $1.code },
            networks: networks.map { NetworkLink(networkId: $0.key, name: $0.value.0, actors: $0.value.1) }.sorted { ($0.actors, $1.name) > ($1.actors, $0.name) },
            overdueActionIDs: overdue
        )
    }
}
