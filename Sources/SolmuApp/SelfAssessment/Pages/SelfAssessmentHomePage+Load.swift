import Fluent
import Vapor

extension SelfAssessmentHomePage {
    /// How many published results the front page lists.
    static let publishedListed = 50

    /// The front page: the newest published questionnaire, the latest published results, the start form's choices in
    /// `language` and its `state`; `viewer` is offered the aggregates when they coordinate any group.
    static func load(viewer: User?, language: Language, state: FormState, on database: any Database) async throws -> SelfAssessmentHomePage {
        let published = try await PlatformLoader.latestPublished(limit: publishedListed, on: database).map { assessment in
            Published(
                id: assessment.id ?? 0, platformName: assessment.platform.name, kind: assessment.platform.kind,
                ownerName: assessment.platform.ownerName, completedAt: assessment.completedAt, overall: assessment.overall)
        }
        var canSeeAggregates = false
        if let viewer {
            let groups = try await AggregateAccess.groups(for: viewer, language, on: database)
            canSeeAggregates = !groups.isEmpty
        }
        let instrument = try await InstrumentLoader.latestPublished(on: database).map { latest in
            Instrument(
                name: latest.name, version: latest.version, description: latest.description,
                dimensions: latest.orderedDimensions.map { Instrument.Dimension(name: $0.name, description: $0.description) })
        }
        let municipalities = try await AtlasOptions.load(database, language).municipalities
        return SelfAssessmentHomePage(
            instrument: instrument, published: published, municipalities: municipalities, state: state,
            canSeeAggregates: canSeeAggregates)
    }
}
