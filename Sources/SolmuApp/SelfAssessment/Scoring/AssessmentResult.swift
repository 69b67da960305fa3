import Fluent
import Foundation

/// What a completed assessment tells its assessor: a score per dimension and overall, the strongest and weakest
/// dimensions, advice for the weak ones, and where the platform stands among its peers — the other platforms that
/// completed the same version, each counted once, never named, and shown only once there are enough of them.
struct SelfAssessmentResult: Sendable {
    struct Dimension: Sendable {
        var dimension: InstrumentDimension
        var score: Int?
        /// Statements with a level, of `total`.
        var known: Int
        var total: Int
        /// The peers' quartiles in this dimension, when there are enough peers.
        var peers: Quartiles?
    }

    /// Advice is given for every dimension below this (2.5: between "partly in place" and "established"),
    /// and always for the weakest.
    static let adviceBelow = 2500

    var dimensions: [Dimension]
    var overall: Int?
    /// Other platforms with a completed assessment under the same version.
    var peerCount: Int
    var overallPeers: Quartiles?

    var peersShown: Bool { peerCount >= PeerGroup.minimumSize }

    var scored: [Dimension] { dimensions.filter { $0.score != nil } }

    var strongest: [Dimension] {
        guard let top = scored.compactMap(\.score).max() else { return [] }
        return scored.filter { $0.score == top }
    }

    var weakest: [Dimension] {
        guard let bottom = scored.compactMap(\.score).min() else { return [] }
        return scored.filter { $0.score == bottom }
    }

    /// The dimensions that get advice, weakest first.
    var advised: [Dimension] {
        let weakestKeys = Set(weakest.filter { ($0.score ?? 0) < 4000 }.map(\.dimension.key))
        return scored.filter { ($0.score ?? 0) < Self.adviceBelow || weakestKeys.contains($0.dimension.key) }
            .sorted { ($0.score ?? 0, $0.dimension.position) < ($1.score ?? 0, $1.dimension.position) }
    }

    /// The result of `assessment` (loaded by `SelfAssessmentDesk.find`) with its peers read from the database.
    static func of(_ assessment: PlatformAssessment, on database: any Database) async throws -> SelfAssessmentResult {
        let peers = try await PeerGroup(instrumentID: assessment.$instrument.id).snapshot(on: database)
        var distributions = peers.dimensions
        var overallDistribution = peers.overall
        var peerCount = peers.size
        // A platform is not its own peer.
        if assessment.current {
            peerCount -= 1
            for score in assessment.scores { distributions[score.$dimension.id]?.remove(score.score) }
            if let overall = assessment.overall { overallDistribution.remove(overall) }
        }
        let enough = peerCount >= PeerGroup.minimumSize
        let scores = Dictionary(uniqueKeysWithValues: assessment.scores.map { ($0.$dimension.id, $0) })
        let dimensions = assessment.instrument.orderedDimensions.map { dimension in
            let id = dimension.id ?? 0
            let peers = distributions[id].flatMap { $0.total >= PeerGroup.minimumSize && enough ? $0.quartiles : nil }
            return Dimension(
                dimension: dimension, score: scores[id]?.score, known: scores[id]?.known ?? 0,
                total: dimension.statements.count, peers: peers)
        }
        return SelfAssessmentResult(
            dimensions: dimensions, overall: assessment.overall, peerCount: max(peerCount, 0),
            overallPeers: enough && overallDistribution.total >= PeerGroup.minimumSize ? overallDistribution.quartiles : nil)
    }
}
