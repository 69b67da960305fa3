import Fluent

extension BodiesPage {
    /// The page's loader: every body with its seats counted, grouped by its programme or network in name order.
    static func load(language: Language, on database: any Database) async throws -> BodiesPage {
        let bodies = try await BodyLoader.all(programme: nil, network: nil, on: database)
        var owners: [String: Owner] = [:]
        for body in bodies {
            let (key, name, url): (String, String, SiteURL?) =
                if let programme = body.programme {
                    ("p\(programme.id ?? 0)", programme.name, .programme(programme.id ?? 0))
                } else if let network = body.network { ("n\(network.id ?? 0)", network.name, .network(network.id ?? 0)) } else {
                    ("-", language.t("bodies.independent"), nil)
                }
            owners[key, default: Owner(name: name, href: url?.path(language), bodies: [])].bodies.append(
                Row(id: body.id ?? 0, name: body.name, kind: body.kind, memberCount: body.members.count))
        }
        return BodiesPage(owners: owners.values.sorted { $0.name.localizedCompare($1.name) == .orderedAscending })
    }
}
