import Fluent
import Vapor

extension AggregatesPage {
    /// The aggregates of `group` (one of `groups`, those the coordinator may see) under the published version
    /// `instrumentId`, or the newest published one when none is named; 404 for an unknown or draft version.
    static func load(
        groups: [AggregateAccess.Group], group: AggregateAccess.Group, instrumentId: Int?,
        on database: any Database
    ) async throws -> AggregatesPage {
        let versions = try await InstrumentLoader.all(for: nil, on: database).map { version in
            Version(id: version.id ?? 0, name: version.name, version: version.version)
        }
        guard let instrument = try await InstrumentLoader.published(instrumentId, on: database) else { throw Problem.notFound() }
        let aggregates = try await PlatformAggregates.of(instrument, scope: group.scope, on: database)
        let dimensions = aggregates.byWeakness.map { dimension in
            Dimension(
                name: dimension.dimension.name, platforms: dimension.platforms, mean: dimension.mean, quartiles: dimension.quartiles,
                weak: dimension.weak)
        }
        let statements = aggregates.weakestStatements.map { statement in
            Statement(text: statement.statement.text, dimensionName: statement.dimension.name, mean: statement.mean, known: statement.known)
        }
        return AggregatesPage(
            groups: groups, group: group, versions: versions, instrumentId: instrument.id ?? 0, platforms: aggregates.platforms,
            shown: aggregates.shown, overallMean: aggregates.overallMean, overallMedian: aggregates.overall?.median,
            dimensions: dimensions, weakestStatements: statements)
    }
}
