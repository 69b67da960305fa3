import Fluent
import SQLKit

/// The scores of a group of platforms under one questionnaire version, per dimension, read as counts per score
/// from `sa_dimension_scores`: every platform counts once, with its current (latest completed) assessment.
/// The group is everyone (peers) or the platforms of a region, ecosystem or network (coordinators' aggregates).
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

    /// Dimension id → distribution of its scores.
    func distributions(on database: any Database) async throws -> [Int: Distribution] {
        let sql = database as! any SQLDatabase
        let rows = try await joined(sql.select()
            .column(SQLColumn("dimension_id", table: "s"))
            .column(SQLColumn("score", table: "s"))
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier(DimensionScore.schema), as: SQLIdentifier("s"))))
            .where(SQLColumn("instrument_id", table: "s"), .equal, SQLBind(instrumentID))
            .where(SQLColumn("current", table: "s"), .equal, SQLBind(true))
            .groupBy(SQLColumn("dimension_id", table: "s"))
            .groupBy(SQLColumn("score", table: "s"))
            .all()
        var result: [Int: Distribution] = [:]
        for row in rows {
            let dimension = try row.decode(column: "dimension_id", as: Int.self)
            result[dimension, default: Distribution()].add(try row.decode(column: "score", as: Int.self), count: try row.decode(column: "n", as: Int.self))
        }
        return result
    }

    /// How many platforms the group holds (each with a completed assessment under this version).
    func size(on database: any Database) async throws -> Int {
        let sql = database as! any SQLDatabase
        let query = sql.select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier(PlatformAssessment.schema), as: SQLIdentifier("a")))
            .where(SQLColumn("instrument_id", table: "a"), .equal, SQLBind(instrumentID))
            .where(SQLColumn("current", table: "a"), .equal, SQLBind(true))
        let row = try await platformFilter(query, assessment: "a").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The distribution of the overall scores.
    func overallDistribution(on database: any Database) async throws -> Distribution {
        let sql = database as! any SQLDatabase
        let query = sql.select()
            .column(SQLColumn("overall", table: "a"))
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier(PlatformAssessment.schema), as: SQLIdentifier("a")))
            .where(SQLColumn("instrument_id", table: "a"), .equal, SQLBind(instrumentID))
            .where(SQLColumn("current", table: "a"), .equal, SQLBind(true))
            .where(SQLColumn("overall", table: "a"), .isNot, SQLLiteral.null)
            .groupBy(SQLColumn("overall", table: "a"))
        var result = Distribution()
        for row in try await platformFilter(query, assessment: "a").all() {
            result.add(try row.decode(column: "overall", as: Int.self), count: try row.decode(column: "n", as: Int.self))
        }
        return result
    }

    /// Statement id → (sum of levels, how many gave a level) over the group: where its platforms are weak in detail.
    func statementTotals(on database: any Database) async throws -> [Int: (sum: Int, known: Int)] {
        let sql = database as! any SQLDatabase
        let query = sql.select()
            .column(SQLColumn("statement_id", table: "x"))
            // PostgreSQL sums a bigint column as numeric; cast back so both engines answer a whole number.
            .column(SQLRaw("CAST(SUM(\"x\".\"level\") AS BIGINT)"), as: "total")
            .column(SQLFunction("COUNT", args: SQLColumn("level", table: "x")), as: "n")
            .from(SQLAlias(SQLIdentifier(AssessmentAnswer.schema), as: SQLIdentifier("x")))
            .join(SQLAlias(SQLIdentifier(PlatformAssessment.schema), as: SQLIdentifier("a")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "a"), .equal, SQLColumn("assessment_id", table: "x"))
            .where(SQLColumn("instrument_id", table: "a"), .equal, SQLBind(instrumentID))
            .where(SQLColumn("current", table: "a"), .equal, SQLBind(true))
            .groupBy(SQLColumn("statement_id", table: "x"))
        var result: [Int: (sum: Int, known: Int)] = [:]
        for row in try await platformFilter(query, assessment: "a").all() {
            let known = try row.decode(column: "n", as: Int.self)
            guard known > 0 else { continue }
            result[try row.decode(column: "statement_id", as: Int.self)] = (try row.decode(column: "total", as: Int.self), known)
        }
        return result
    }

    /// Joins the scores to their assessment, and narrows to the group's platforms.
    private func joined(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
        guard scope != .everyone else { return query }
        return platformFilter(query.join(SQLAlias(SQLIdentifier(PlatformAssessment.schema), as: SQLIdentifier("a")), method: SQLJoinMethod.inner,
                                         on: SQLColumn("id", table: "a"), .equal, SQLColumn("assessment_id", table: "s")), assessment: "a")
    }

    private func platformFilter(_ query: SQLSelectBuilder, assessment: String) -> SQLSelectBuilder {
        guard scope != .everyone else { return query }
        let platforms = query.join(SQLAlias(SQLIdentifier(Platform.schema), as: SQLIdentifier("p")), method: SQLJoinMethod.inner,
                                   on: SQLColumn("id", table: "p"), .equal, SQLColumn("platform_id", table: assessment))
        switch scope {
        case .everyone:
            return platforms
        case .region(let code):
            return platforms.join(SQLAlias(SQLIdentifier(Municipality.schema), as: SQLIdentifier("m")), method: SQLJoinMethod.inner,
                                  on: SQLColumn("code", table: "m"), .equal, SQLColumn("municipality_code", table: "p"))
                .where(SQLColumn("region_code", table: "m"), .equal, SQLBind(code))
        case .ecosystem(let id):
            return platforms.where(SQLColumn("ecosystem_id", table: "p"), .equal, SQLBind(id))
        case .network(let id):
            return platforms.where(SQLColumn("network_id", table: "p"), .equal, SQLBind(id))
        }
    }
}
