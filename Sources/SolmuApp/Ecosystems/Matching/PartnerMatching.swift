/// WP3's partner matching as a pure function: for each wanted competence, the actors elsewhere that have it,
/// ranked — universities, universities of applied sciences and research institutes first, then companies and
/// startups, then the rest; within a tier those already collaborating with the ecosystem's actors through a
/// shared network, then those in the ecosystem's own region(s), then by name — each with its reasons.
enum PartnerMatching {
    struct Candidate: Sendable {
        var id: Int
        var name: String
        var type: OrganizationType
        var regionCode: String?
        var competences: Set<String>
        var networks: Set<Int>
    }

    enum Reason: Sendable, Equatable {
        case hasCompetence(String)
        case knowledgeOrganization(OrganizationType)
        case company(OrganizationType)
        case sharedNetwork(networkID: Int, actors: Int)
        case sameRegion(String)
    }

    struct Suggestion: Sendable {
        var competence: String
        var candidate: Candidate
        var reasons: [Reason]
    }

    static func tier(_ type: OrganizationType) -> Int {
        switch type {
        case .university, .universityOfAppliedSciences, .researchInstitute: 0
        case .company, .startup: 1
        default: 2
        }
    }

    /// - Parameters:
    ///   - actorNetworks: for each network, how many of the ecosystem's actors belong to it.
    static func suggest(
        wanted: [String], candidates: [Candidate], actorIDs: Set<Int>, actorNetworks: [Int: Int],
        regions: Set<String>, perCompetence: Int = 10
    ) -> [Suggestion] {
        wanted.flatMap { competence -> [Suggestion] in
            let ranked =
                candidates
                .filter { $0.competences.contains(competence) && !actorIDs.contains($0.id) }
                .map { candidate -> (Suggestion, (Int, Int, Int, String, Int)) in
                    let shared = candidate.networks.filter { actorNetworks[$0] != nil }.sorted {
                        (actorNetworks[$0] ?? 0, $1) > (actorNetworks[$1] ?? 0, $0)
                    }
                    let sameRegion = candidate.regionCode.map(regions.contains) ?? false
                    var reasons: [Reason] = [.hasCompetence(competence)]
                    switch tier(candidate.type) {
                    case 0: reasons.append(.knowledgeOrganization(candidate.type))
                    case 1: reasons.append(.company(candidate.type))
                    default: break
                    }
                    if let network = shared.first { reasons.append(.sharedNetwork(networkID: network, actors: actorNetworks[network] ?? 0)) }
                    if sameRegion, let region = candidate.regionCode { reasons.append(.sameRegion(region)) }
                    let key = (tier(candidate.type), shared.isEmpty ? 1 : 0, sameRegion ? 0 : 1, candidate.name.lowercased(), candidate.id)
                    return (Suggestion(competence: competence, candidate: candidate, reasons: reasons), key)
                }
                .sorted { $0.1 < $1.1 }
            return ranked.prefix(perCompetence).map(\.0)
        }
    }
}
