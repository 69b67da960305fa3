import Fluent
import Foundation
import SQLKit
import Vapor

/// WP1's situational picture of an ecosystem, computed from the atlas: who the actors are (by type and
/// competence), which wanted competences are present and which are missing (the gap), how the goals are
/// going, which actions are overdue, which networks and projects the actors take part in, and where they are.
/// Later features plug in the way networks and projects do here: a count in this value and a section of their own
/// in `SituationalPicturePage`.
struct SituationalPicture: Content, Sendable {
    struct Count: Sendable, Codable { var key: String; var count: Int }
    struct Place: Sendable, Codable { var code: String; var actors: Int }
    struct NetworkLink: Sendable, Codable { var networkId: Int; var name: String; var actors: Int }
    struct ProjectLink: Sendable, Codable { var projectId: Int; var name: LocalizedText; var status: Project.Status; var actors: Int }

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
    var projects: [ProjectLink]
    var overdueActionIDs: [Int]

    /// The SQL condition that picks the ecosystem's actors (alias `o`): located in its municipalities, or linked to it.
    private static func actorCondition(_ ecosystem: Ecosystem) throws -> SQLQueryString {
        let codes = ecosystem.municipalities.compactMap(\.id)
        var condition: SQLQueryString = "(o.municipality_code IN (\(binds: codes.isEmpty ? [""] : codes))"
        condition += " OR o.id IN (SELECT organization_id FROM ecosystem_actors WHERE ecosystem_id = \(bind: try ecosystem.requireID())))"
        return condition
    }

    /// The ecosystem's actors: organisations located in its municipalities plus those linked to it.
    static func actorIDs(of ecosystem: Ecosystem, on database: any Database) async throws -> [Int] {
        let sql = database.sql
        return try await sql.raw("SELECT o.id AS id FROM organizations o WHERE \(try actorCondition(ecosystem)) ORDER BY o.id").all()
            .map { try $0.decode(column: "id", as: Int.self) }
    }

    /// Needs the ecosystem loaded with `EcosystemLoader`. The counting is done by the database, a few grouped queries
    /// whatever the ecosystem's size.
    static func build(_ ecosystem: Ecosystem, on database: any Database, today: Date = Date()) async throws -> SituationalPicture {
        let sql = database.sql
        let actors = try actorCondition(ecosystem)
        let ids = try await actorIDs(of: ecosystem, on: database)
        func grouped(_ query: SQLQueryString) async throws -> [String: Int] {
            try await sql.raw(query).all().reduce(into: [:]) { counts, row in
                counts[try row.decode(column: "k", as: String.self)] = try row.decode(column: "n", as: Int.self)
            }
        }
        let types = try await grouped("SELECT o.type AS k, COUNT(*) AS n FROM organizations o WHERE \(actors) GROUP BY o.type")
        let places = try await grouped(
            """
            SELECT o.municipality_code AS k, COUNT(*) AS n FROM organizations o
            WHERE \(actors) AND o.municipality_code IS NOT NULL GROUP BY o.municipality_code
            """)
        let competences = try await grouped(
            """
            SELECT oc.competence_id AS k, COUNT(*) AS n FROM organization_competences oc
            JOIN organizations o ON o.id = oc.organization_id WHERE \(actors) GROUP BY oc.competence_id
            """)
        var networks: [Int: (String, Int)] = [:]
        for row in try await sql.raw(
            """
            SELECT nm.network_id AS id, n.name AS name, COUNT(*) AS n FROM network_members nm
            JOIN networks n ON n.id = nm.network_id JOIN organizations o ON o.id = nm.organization_id
            WHERE \(actors) GROUP BY nm.network_id, n.name
            """
        ).all() {
            networks[try row.decode(column: "id", as: Int.self)] = (
                try row.decode(column: "name", as: String.self), try row.decode(column: "n", as: Int.self)
            )
        }
        struct ProjectRow: Decodable { var id: Int; var name_fi: String; var name_sv: String?; var name_en: String?; var status: String; var n: Int }
        let projects = try await sql.raw(
            """
            SELECT pi.project_id AS id, p.name_fi, p.name_sv, p.name_en, p.status, COUNT(*) AS n FROM project_implementers pi
            JOIN projects p ON p.id = pi.project_id JOIN organizations o ON o.id = pi.organization_id
            WHERE \(actors) GROUP BY pi.project_id, p.name_fi, p.name_sv, p.name_en, p.status
            """
        ).all(decoding: ProjectRow.self).map {
            ProjectLink(
                projectId: $0.id, name: LocalizedText(fi: $0.name_fi, sv: $0.name_sv, en: $0.name_en),
                status: Project.Status(rawValue: $0.status) ?? .planned, actors: $0.n)
        }.sorted { ($0.actors, $1.name.fi ?? "") > ($1.actors, $0.name.fi ?? "") }
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
            networks: networks.map { NetworkLink(networkId: $0.key, name: $0.value.0, actors: $0.value.1) }.sorted {
                ($0.actors, $1.name) > ($1.actors, $0.name)
            },
            projects: projects,
            overdueActionIDs: overdue
        )
    }
}
