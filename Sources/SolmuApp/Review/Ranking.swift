import Fluent
import SQLKit

/// A call's consolidated ranking: each application's mean of its reviewers' weighted totals, with the lowest and
/// highest total (their spread shows where reviewers disagree) and how many reviews are in. Grouped in SQL over
/// the totals kept at submission, so a call of a thousand applications ranks in one query.
struct Ranking {
    struct Row: Sendable {
        var applicationID: Int
        var title: String
        var state: ApplicationState
        var reviews: Int
        /// Thousandths of a point.
        var mean: Int64
        var lowest: Int64
        var highest: Int64
        var spread: Int64 { highest - lowest }
    }

    let rows: [Row]

    static func load(call: Int, on database: any Database) async throws -> Ranking {
        let sql = database.sql
        struct Grouped: Decodable {
            var application_id: Int
            var title: String
            var state: String
            var reviews: Int
            var total_sum: Int64
            var lowest: Int64
            var highest: Int64
        }
        let grouped = try await sql.raw(
            """
            SELECT a.id AS application_id, a.title AS title, a.state AS state, COUNT(s.id) AS reviews,
                   CAST(SUM(s.total) AS BIGINT) AS total_sum, CAST(MIN(s.total) AS BIGINT) AS lowest, CAST(MAX(s.total) AS BIGINT) AS highest
            FROM applications a JOIN assessments s ON s.application_id = a.id AND s.state = 'submitted'
            WHERE a.call_id = \(bind: call)
            GROUP BY a.id, a.title, a.state
            """
        ).all(decoding: Grouped.self)
        let rows = grouped.map { row in
            // Mean rounded half up, in integers: the ranking never depends on floating point.
            Row(
                applicationID: row.application_id, title: row.title, state: ApplicationState(rawValue: row.state) ?? .submitted, reviews: row.reviews,
                mean: (row.total_sum * 2 + Int64(row.reviews)) / (Int64(row.reviews) * 2), lowest: row.lowest, highest: row.highest)
        }
        return Ranking(rows: rows.sorted { ($0.mean, -$0.applicationID) > ($1.mean, -$1.applicationID) })
    }
}
