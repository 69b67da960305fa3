import Fluent
import Foundation

/// How the platforms of a region, ecosystem or network score under one questionnaire version: per dimension the
/// mean, quartiles and how many platforms are below "partly in place", and the statements the group is weakest in —
/// the basis for the group's development work. Aggregated only, and only for groups of at least five platforms.
struct PlatformAggregates: Sendable {
    struct Dimension: Sendable {
        var dimension: InstrumentDimension
        var platforms: Int
        var mean: Int?
        var quartiles: Quartiles?
        /// Platforms scoring below 2.0 in the dimension.
        var weak: Int
    }

    struct Statement: Sendable {
        var statement: InstrumentStatement
        var dimension: InstrumentDimension
        var mean: Int
        var known: Int
    }

    /// A platform scoring below this in a dimension counts as weak in it (2.0: "partly in place").
    static let weakBelow = 2000
    /// How many of the weakest statements are listed.
    static let statementsListed = 5

    var instrument: AssessmentInstrument
    var scope: PeerGroup.Scope
    var platforms: Int
    var dimensions: [Dimension]
    var overall: Quartiles?
    var overallMean: Int?
    var weakestStatements: [Statement]

    var shown: Bool { platforms >= PeerGroup.minimumSize }

    /// Dimensions from the weakest median up: the common weaknesses first.
    var byWeakness: [Dimension] {
        dimensions.sorted { ($0.quartiles?.median ?? Int.max, $0.dimension.position) < ($1.quartiles?.median ?? Int.max, $1.dimension.position) }
    }

    static func of(_ instrument: AssessmentInstrument, scope: PeerGroup.Scope, on database: any Database) async throws -> PlatformAggregates {
        let group = PeerGroup(instrumentID: try instrument.requireID(), scope: scope)
        let snapshot = try await group.snapshot(on: database)
        let (platforms, distributions, overall) = (snapshot.size, snapshot.dimensions, snapshot.overall)
        guard platforms >= PeerGroup.minimumSize else {
            return PlatformAggregates(
                instrument: instrument, scope: scope, platforms: platforms, dimensions: [], overall: nil, overallMean: nil, weakestStatements: [])
        }
        let totals = try await group.statementTotals(on: database)
        let dimensions = instrument.orderedDimensions.map { dimension in
            let distribution = distributions[dimension.id ?? 0] ?? Distribution()
            return Dimension(
                dimension: dimension, platforms: distribution.total, mean: distribution.mean, quartiles: distribution.quartiles,
                weak: distribution.count(below: weakBelow))
        }
        let statements = instrument.orderedDimensions.flatMap { dimension in
            dimension.orderedStatements.compactMap { statement -> Statement? in
                guard let total = totals[statement.id ?? 0], let mean = Scoring.mean(sum: total.sum * 1000, count: total.known) else { return nil }
                return Statement(statement: statement, dimension: dimension, mean: mean, known: total.known)
            }
        }
        let weakest = statements.sorted {
            ($0.mean, $0.dimension.position, $0.statement.position) < ($1.mean, $1.dimension.position, $1.statement.position)
        }
        return PlatformAggregates(
            instrument: instrument, scope: scope, platforms: platforms, dimensions: dimensions, overall: overall.quartiles,
            overallMean: overall.mean, weakestStatements: Array(weakest.prefix(statementsListed)))
    }
}
