import SQLKit

/// Each project's actual value per indicator — the sum of its reports, the highest, or the latest period's — and
/// the same per year of the period's end, summed over the programme's projects.
///
/// One query per rule rather than one with a window function: each reads the covering index
/// (indicator, project, period end, period start, value) in order, so 200 000 reports are grouped without a sort.
/// The latest report is the one with the greatest (period end, period start), unique per project and indicator.
struct IndicatorRollUp {
    let sql: any SQLDatabase
    let programmeID: Int

    struct Value: Decodable {
        var indicator: Int
        var project: Int
        var value: Int64
    }

    struct YearValue: Decodable {
        var indicator: Int
        var year: Int
        var value: Int64
    }

    private var inProgramme: SQLQueryString { "project_id IN (SELECT id FROM projects WHERE programme_id = \(bind: programmeID))" }

    private func list(_ ids: [Int]) -> SQLQueryString {
        var text: SQLQueryString = "("
        text.appendInterpolation(SQLList(ids.map { SQLBind($0) }))
        text.appendLiteral(")")
        return text
    }

    func actuals(sum: [Int], maximum: [Int], latest: [Int]) async throws -> (perProject: [Value], perYear: [YearValue]) {
        var perProject: [Value] = []
        var perYear: [YearValue] = []
        // (PostgreSQL sums bigints as numeric: the casts keep every engine answering whole numbers.)
        if !sum.isEmpty {
            perProject += try await sql.raw("""
                SELECT indicator_id AS indicator, project_id AS project, CAST(SUM(value) AS BIGINT) AS value FROM indicator_reports
                WHERE indicator_id IN \(list(sum)) AND \(inProgramme) GROUP BY indicator_id, project_id
                """).all(decoding: Value.self)
            perYear += try await sql.raw("""
                SELECT indicator_id AS indicator, CAST(SUBSTR(period_end, 1, 4) AS INTEGER) AS year, CAST(SUM(value) AS BIGINT) AS value
                FROM indicator_reports WHERE indicator_id IN \(list(sum)) AND \(inProgramme)
                GROUP BY indicator_id, CAST(SUBSTR(period_end, 1, 4) AS INTEGER)
                """).all(decoding: YearValue.self)
        }
        if !maximum.isEmpty {
            perProject += try await sql.raw("""
                SELECT indicator_id AS indicator, project_id AS project, MAX(value) AS value FROM indicator_reports
                WHERE indicator_id IN \(list(maximum)) AND \(inProgramme) GROUP BY indicator_id, project_id
                """).all(decoding: Value.self)
            perYear += try await sql.raw("""
                SELECT indicator, year, CAST(SUM(peak) AS BIGINT) AS value FROM (
                  SELECT indicator_id AS indicator, project_id, CAST(SUBSTR(period_end, 1, 4) AS INTEGER) AS year, MAX(value) AS peak
                  FROM indicator_reports WHERE indicator_id IN \(list(maximum)) AND \(inProgramme)
                  GROUP BY indicator_id, project_id, CAST(SUBSTR(period_end, 1, 4) AS INTEGER)) peaks
                GROUP BY indicator, year
                """).all(decoding: YearValue.self)
        }
        if !latest.isEmpty {
            perProject += try await sql.raw("""
                SELECT r.indicator_id AS indicator, r.project_id AS project, r.value FROM indicator_reports r
                JOIN (SELECT indicator_id, project_id, MAX(period_end || period_start) AS last FROM indicator_reports
                      WHERE indicator_id IN \(list(latest)) AND \(inProgramme) GROUP BY indicator_id, project_id) m
                  ON r.indicator_id = m.indicator_id AND r.project_id = m.project_id AND r.period_end || r.period_start = m.last
                """).all(decoding: Value.self)
            perYear += try await sql.raw("""
                SELECT r.indicator_id AS indicator, m.year, CAST(SUM(r.value) AS BIGINT) AS value FROM indicator_reports r
                JOIN (SELECT indicator_id, project_id, CAST(SUBSTR(period_end, 1, 4) AS INTEGER) AS year, MAX(period_end || period_start) AS last
                      FROM indicator_reports WHERE indicator_id IN \(list(latest)) AND \(inProgramme)
                      GROUP BY indicator_id, project_id, CAST(SUBSTR(period_end, 1, 4) AS INTEGER)) m
                  ON r.indicator_id = m.indicator_id AND r.project_id = m.project_id AND r.period_end || r.period_start = m.last
                GROUP BY r.indicator_id, m.year
                """).all(decoding: YearValue.self)
        }
        return (perProject, perYear)
    }
}
