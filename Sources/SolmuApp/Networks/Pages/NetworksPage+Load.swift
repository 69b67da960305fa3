import Fluent

extension NetworksPage {
    /// The page's loader: every network, read once, as plain rows; `viewer` decides whether the page offers to start one.
    static func load(viewer: User?, on database: any Database) async throws -> NetworksPage {
        let rows = try await NetworkLoader.all(database).map { network in
            Row(
                id: try network.requireID(), name: network.name, kind: network.kind, startsOn: network.startsOn, endsOn: network.endsOn,
                memberCount: network.members.count, purpose: network.purpose)
        }
        return NetworksPage(networks: rows, canCreate: viewer?.mayStartForOrganization ?? false)
    }
}
