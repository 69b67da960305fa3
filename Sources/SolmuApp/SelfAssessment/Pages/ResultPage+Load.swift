import Fluent
import Vapor

extension ResultPage {
    /// The result behind a private link, of an assessment found by `SelfAssessmentDesk.find` (completed): its peers are
    /// read here; `viewer` may keep the platform among theirs when it has no owner yet.
    static func load(
        _ assessment: PlatformAssessment, token: String, viewer: User?, state: FormState = FormState(),
        on database: any Database
    ) async throws -> ResultPage {
        let canKeep = viewer != nil && assessment.platform.$user.id == nil
        return try await load(assessment, mode: .privateLink(token: token, canKeep: canKeep), state: state, on: database)
    }

    /// The public page of the published result `id` (404 for one that is not published).
    static func load(published id: Int, on database: any Database) async throws -> ResultPage {
        let assessment = try await SelfAssessmentDesk.findPublished(id, on: database)
        return try await load(assessment, mode: .published, on: database)
    }

    /// The result of `assessment` (loaded as `SelfAssessmentDesk` loads it) with its peers, as plain rows.
    static func load(_ assessment: PlatformAssessment, mode: Mode, state: FormState = FormState(), on database: any Database) async throws
        -> ResultPage
    {
        let result = try await SelfAssessmentResult.of(assessment, on: database)
        let dimensions = result.dimensions.map { dimension in
            Dimension(name: dimension.dimension.name, score: dimension.score, known: dimension.known, total: dimension.total, peers: dimension.peers)
        }
        let advised = result.advised.map { dimension in
            Advised(name: dimension.dimension.name, score: dimension.score, advice: dimension.dimension.orderedAdvice.map(\.text))
        }
        return ResultPage(
            assessmentId: assessment.id ?? 0, platformName: assessment.platform.name,
            facts: PlatformFacts.make(platform: assessment.platform, instrument: assessment.instrument),
            published: assessment.published, dimensions: dimensions, overall: result.overall,
            strongest: result.strongest.map(\.dimension.name), weakest: result.weakest.map(\.dimension.name), advised: advised,
            peerCount: result.peerCount, peersShown: result.peersShown, overallPeers: result.overallPeers, mode: mode, state: state)
    }
}
