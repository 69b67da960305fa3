import Fluent
import Vapor

/// Whose platforms a coordinator may see aggregated: admins every group; a network's coordinators that network; an
/// ecosystem's coordinating organisation that ecosystem; a regional council its own region.
enum AggregateAccess {
    struct Group: Sendable {
        var scope: PeerGroup.Scope
        var label: String
        /// The query value that names the group: `region=06`, `ecosystem=3`, `network=2`.
        var parameter: (name: String, value: String)
    }

    static func groups(for user: User, _ language: Language, on database: any Database) async throws -> [Group] {
        var groups: [Group] = []
        let regions: [Region]
        if user.isAdmin {
            regions = try await Region.query(on: database).sort(\.$id).all()
        } else if let organization = try await user.$organization.get(on: database), organization.type == .regionalCouncil,
            let code = organization.$municipality.id, let municipality = try await Municipality.find(code, on: database)
        {
            regions = try await Region.find(municipality.$region.id, on: database).map { [$0] } ?? []
        } else {
            regions = []
        }
        groups += regions.map { Group(scope: .region($0.id ?? ""), label: $0.officialName(language), parameter: ("region", $0.id ?? "")) }
        var ecosystems = Ecosystem.query(on: database).sort(\.$name)
        if !user.isAdmin {
            guard let organizationID = user.$organization.id else { return groups + (try await networks(user, on: database)) }
            ecosystems = ecosystems.filter(\.$coordinator.$id == organizationID)
        }
        groups += try await ecosystems.all().map { Group(scope: .ecosystem($0.id ?? 0), label: $0.name, parameter: ("ecosystem", "\($0.id ?? 0)")) }
        return groups + (try await networks(user, on: database))
    }

    private static func networks(_ user: User, on database: any Database) async throws -> [Group] {
        try await NetworkAccess.kept(by: user, on: database).map {
            Group(scope: .network($0.id ?? 0), label: $0.name, parameter: ("network", "\($0.id ?? 0)"))
        }
    }

    /// The group a request names (`?region=`, `?ecosystem=` or `?network=`), if `user` may see it: 403 otherwise,
    /// 422 when none or an unknown one is named.
    static func requireGroup(_ req: Request, for user: User) async throws -> Group {
        let groups = try await groups(for: user, (try? req.language()) ?? .fi, on: req.db)
        let named = ["region", "ecosystem", "network"].compactMap { name in req.query[String.self, at: name].map { (name, $0) } }
        guard named.count == 1, let (name, value) = named.first else { throw Problem.validation(["group": "selfAssessment.aggregates.group"]) }
        guard let group = groups.first(where: { $0.parameter.name == name && $0.parameter.value == value }) else {
            // An admin may see every group, so one they cannot see does not exist.
            throw user.isAdmin ? Problem.validation(["group": "selfAssessment.aggregates.unknownGroup"]) : Abort(.forbidden)
        }
        return group
    }
}
