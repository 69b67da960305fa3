import Fluent
import SQLKit

/// Keeps `sa_score_counts` in step with the current assessments: when an assessment becomes current its scores are
/// added, when it stops being current (the platform was assessed again, or its answers changed) they are taken
/// away. Changes are applied in one order (dimension, score), so two completions at once on PostgreSQL never wait
/// for each other's rows crosswise.
enum ScoreCounts {
    /// (dimension id or `ScoreCount.overall`, score) → change in platforms.
    typealias Changes = [Key: Int]

    struct Key: Hashable, Comparable {
        var dimension: Int
        var score: Int

        static func < (a: Key, b: Key) -> Bool { (a.dimension, a.score) < (b.dimension, b.score) }
    }

    /// The counts one assessment contributes: each scored dimension and its overall score.
    static func contribution(scores: [(dimension: Int, score: Int)], overall: Int?) -> [Key] {
        scores.map { Key(dimension: $0.dimension, score: $0.score) } + (overall.map { [Key(dimension: ScoreCount.overall, score: $0)] } ?? [])
    }

    static func apply(_ changes: Changes, instrumentID: Int, on database: any Database) async throws {
        let sql = database.sql
        for key in changes.keys.sorted() {
            guard let change = changes[key], change != 0 else { continue }
            try await sql.raw(
                """
                INSERT INTO sa_score_counts (instrument_id, dimension_id, score, platforms) VALUES (\(bind: instrumentID), \(bind: key.dimension), \(bind: key.score), \(bind: change))
                ON CONFLICT (instrument_id, dimension_id, score) DO UPDATE SET platforms = sa_score_counts.platforms + excluded.platforms
                """
            ).run()
        }
    }

    /// Dimension id (or `ScoreCount.overall`) → distribution, for one version.
    /// Read as plain rows: a few thousand of them, so model objects would cost more than the query.
    static func distributions(instrumentID: Int, on database: any Database) async throws -> [Int: Distribution] {
        let rows = try await database.sql.raw(
            """
            SELECT dimension_id, score, platforms FROM sa_score_counts WHERE instrument_id = \(bind: instrumentID) AND platforms > 0
            """
        ).all()
        var result: [Int: Distribution] = [:]
        for row in rows {
            result[try row.decode(column: "dimension_id", as: Int.self), default: Distribution()]
                .add(try row.decode(column: "score", as: Int.self), count: try row.decode(column: "platforms", as: Int.self))
        }
        return result
    }

    /// Counts a version's current assessments afresh (after a bulk load, or to repair).
    static func rebuild(instrumentID: Int, on database: any Database) async throws {
        try await database.writeTransaction { db in
            let sql = db.sql
            try await ScoreCount.query(on: db).filter(\.$instrument.$id == instrumentID).delete()
            try await sql.raw(
                """
                INSERT INTO sa_score_counts (instrument_id, dimension_id, score, platforms)
                SELECT instrument_id, dimension_id, score, COUNT(*) FROM sa_dimension_scores
                WHERE instrument_id = \(bind: instrumentID) AND current = \(bind: true) GROUP BY instrument_id, dimension_id, score
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO sa_score_counts (instrument_id, dimension_id, score, platforms)
                SELECT instrument_id, \(bind: ScoreCount.overall), overall, COUNT(*) FROM sa_assessments
                WHERE instrument_id = \(bind: instrumentID) AND current = \(bind: true) AND overall IS NOT NULL GROUP BY instrument_id, overall
                """
            ).run()
        }
    }
}
