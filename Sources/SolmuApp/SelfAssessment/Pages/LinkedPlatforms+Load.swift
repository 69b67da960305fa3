import Fluent

extension LinkedPlatforms {
    /// The platforms linked to an ecosystem or a network, and the latest published result of each.
    static func load(_ scope: PeerGroup.Scope, on database: any Database) async throws -> LinkedPlatforms {
        var platforms = Platform.query(on: database)
        switch scope {
        case .ecosystem(let id): platforms = platforms.filter(\.$ecosystem.$id == id)
        case .network(let id): platforms = platforms.filter(\.$network.$id == id)
        case .region, .everyone: break
        }
        let ids = try await platforms.all(\.$id)
        guard !ids.isEmpty else { return LinkedPlatforms(linked: 0, published: []) }
        let published = try await PlatformAssessment.query(on: database).filter(\.$platform.$id ~~ ids).filter(\.$published == true)
            .with(\.$platform).sort(\.$completedAt, .descending).all()
        // The latest published result of each platform.
        var seen = Set<Int>()
        let latest = published.filter { seen.insert($0.$platform.id).inserted }.map { assessment in
            Published(id: assessment.id ?? 0, platformName: assessment.platform.name, overall: assessment.overall)
        }
        return LinkedPlatforms(linked: ids.count, published: latest)
    }
}
