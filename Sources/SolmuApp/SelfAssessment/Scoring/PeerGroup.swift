import Fluent
import SQLKit

/// The scores of a group of platforms under one questionnaire version, per dimension and overall, as counts per
/// score: every platform counts once, with its current (latest completed) assessment. Everyone (the peers of a
/// result) is read from the kept counts (`ScoreCounts`); the platforms of a region, ecosystem or network
/// (coordinators' aggregates) are counted from their assessments, found through the group's platforms first.
struct PeerGroup: Sendable {
    enum Scope: Equatable, Sendable {
        case everyone
        case region(String)
        case ecosystem(Int)
        case network(Int)
    }

    /// Below this many platforms a group's figures are not shown: too few to stay anonymous.
    static let minimumSize = 5

    var instrumentID: Int
    var scope: Scope = .everyone

    /// What a group looks like in one reading: each dimension's distribution (by dimension id), the overall
    /// scores' distribution, and how many platforms it holds.
    struct Snapshot: Sendable {
        var dimensions: [Int: Distribution]
        var overall: Distribution
        var size: Int
    }

    func snapshot(on database: any Database) async throws -> Snapshot {
        let size = try await size(on: database)
        if scope == .everyone {
            var all = try await ScoreCounts.distributions(instrumentID: instrumentID, on: database)
            let overall = all.removeValue(forKey: ScoreCount.overall) ?? Distribution()
            return Snapshot(dimensions: all, overall: overall, size: size)
        }
        return Snapshot(dimensions: try await countedDistributions(on: database), overall: try await countedOverall(on: database), size: size)
    }

    /// The same as `distributions`, counted from the dimension scores themselves (what the kept counts must equal).
    func countedDistributions(on database: any Database) async throws -> [Int: Distribution] {
        let sql = database.sql
        let query = sql.select()
            .column(SQLColumn("dimension_id", table: "s"))
            .column(SQLColumn("score", table: "s"))
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier(DimensionScore.schema), as: SQLIdentifier("s")))
            .join(
                SQLAlias(SQLIdentifier(PlatformAssessment.schema), as: SQLIdentifier("a")), method: SQLJoinMethod.inner,
                on: SQLColumn("id", table: "a"), .equal, SQLColumn("assessment_id", table: "s")
            )
            .groupBy(SQLColumn("dimension_id", table: "s"))
            .groupBy(SQLColumn("score", table: "s"))
        var result: [Int: Distribution] = [:]
        for row in try await currentOfGroup(query).all() {
            let dimension = try row.decode(column: "dimension_id", as: Int.self)
            result[dimension, default: Distribution()].add(
                try row.decode(column: "score", as: Int.self), count: try row.decode(column: "n", as: Int.self))
        }
        return result
    }

    /// The distribution of the overall scores, counted from the assessments themselves.
    func countedOverall(on database: any Database) async throws -> Distribution {
        let sql = database.sql
        let query = sql.select()
            .column(SQLColumn("overall", table: "a"))
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier(PlatformAssessment.schema), as: SQLIdentifier("a")))
            .where(SQLColumn("overall", table: "a"), .isNot, SQLLiteral.null)
            .groupBy(SQLColumn("overall", table: "a"))
        var result = Distribution()
        for row in try await currentOfGroup(query).all() {
            result.add(try row.decode(column: "overall", as: Int.self), count: try row.decode(column: "n", as: Int.self))
        }
        return result
    }

    /// How many platforms the group holds (each with a completed assessment under this version).
    func size(on database: any Database) async throws -> Int {
        let sql = database.sql
        let query = sql.select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier(PlatformAssessment.schema), as: SQLIdentifier("a")))
        return try await currentOfGroup(query).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Statement id → (sum of levels, how many gave a level) over the group: where its platforms are weak in detail.
    func statementTotals(on database: any Database) async throws -> [Int: (sum: Int, known: Int)] {
        let sql = database.sql
        let query = sql.select()
            .column(SQLColumn("statement_id", table: "x"))
            // PostgreSQL sums a bigint column as numeric; cast back so both engines answer a whole number.
            .column(SQLRaw("CAST(SUM(\"x\".\"level\") AS BIGINT)"), as: "total")
            .column(SQLFunction("COUNT", args: SQLColumn("level", table: "x")), as: "n")
            .from(SQLAlias(SQLIdentifier(SelfAssessmentAnswer.schema), as: SQLIdentifier("x")))
            .join(
                SQLAlias(SQLIdentifier(PlatformAssessment.schema), as: SQLIdentifier("a")), method: SQLJoinMethod.inner,
                on: SQLColumn("id", table: "a"), .equal, SQLColumn("assessment_id", table: "x")
            )
            .groupBy(SQLColumn("statement_id", table: "x"))
        var result: [Int: (sum: Int, known: Int)] = [:]
        for row in try await currentOfGroup(query).all() {
            let known = try row.decode(column: "n", as: Int.self)
            guard known > 0 else { continue }
            result[try row.decode(column: "statement_id", as: Int.self)] = (try row.decode(column: "total", as: Int.self), known)
        }
        return result
    }

    /// Narrows a query over assessments `a` to the current ones of this version in the group. The group's platforms
    /// are a subquery, so both engines start from the few platforms of a region rather than from every assessment.
    private func currentOfGroup(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
        let current =
            query
            .where(SQLColumn("instrument_id", table: "a"), .equal, SQLBind(instrumentID))
            .where(SQLColumn("current", table: "a"), .equal, SQLBind(true))
        let platforms: SQLQueryString
        switch scope {
        case .everyone:
            return current
        case .region(let code):
            platforms = "SELECT p.id FROM sa_platforms p JOIN municipalities m ON m.code = p.municipality_code WHERE m.region_code = \(bind: code)"
        case .ecosystem(let id):
            platforms = "SELECT p.id FROM sa_platforms p WHERE p.ecosystem_id = \(bind: id)"
        case .network(let id):
            platforms = "SELECT p.id FROM sa_platforms p WHERE p.network_id = \(bind: id)"
        }
        return current.where(SQLColumn("platform_id", table: "a"), .in, SQLGroupExpression(platforms))
    }
}
