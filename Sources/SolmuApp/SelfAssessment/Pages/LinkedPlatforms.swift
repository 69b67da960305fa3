import Fluent
import Plot

/// The innovation platforms linked to an ecosystem or a network, as their pages show them: how many there are, the
/// published results by name (a private result stays private, even here), and for the group's coordinators the way to
/// its aggregates.
struct LinkedPlatforms: Sendable {
    var linked: Int
    var published: [PlatformAssessment]

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
        return LinkedPlatforms(linked: ids.count, published: published.filter { seen.insert($0.$platform.id).inserted })
    }

    /// `aggregates`: the link to the group's aggregates, for its coordinators.
    func render(_ context: PageContext, aggregates: String?) -> Node<HTML.BodyContext> {
        .section(.h2(.text(context.t("platforms.title"))),
            .p(.text(context.t("platforms.linked", count: linked, ["count": Formatting.integer(linked)]))),
            .if(!published.isEmpty, .ul(.forEach(published) { assessment in
                .li(.a(.href(context.link(.publishedAssessment(assessment.id ?? 0))), .text(assessment.platform.name)),
                    .text(" – " + context.t("selfAssessment.overall") + " " + (assessment.overall.map { Scoring.text($0, context.language) } ?? "–")))
            })),
            .p(.a(.href(context.link(.selfAssessment)), .text(context.t("platforms.assess"))),
               .unwrap(aggregates) { .group(.text(" · "), .a(.href($0), .text(context.t("aggregates.title")))) }))
    }
}
