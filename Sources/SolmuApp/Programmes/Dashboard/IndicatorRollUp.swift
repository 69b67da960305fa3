import SQLKit

/// Reads the programme's indicator figures from the actuals kept beside the reports (`IndicatorActual`): each
/// project's actual by the indicator's rule, and per year the same rule applied to that year's reports, summed over
/// the programme's projects in the database. A few thousand small rows, whatever the number of reports.
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

    func perProject() async throws -> [Value] {
        try await sql.raw("""
            SELECT a.indicator_id AS indicator, a.project_id AS project, a.value FROM indicator_actuals a
            JOIN projects p ON p.id = a.project_id WHERE p.programme_id = \(bind: programmeID) AND a.year = 0
            """).all(decoding: Value.self)
    }

    /// (PostgreSQL sums bigints as numeric: the cast keeps every engine answering whole numbers.)
    func perYear() async throws -> [YearValue] {
        try await sql.raw("""
            SELECT a.indicator_id AS indicator, a.year, CAST(SUM(a.value) AS BIGINT) AS value FROM indicator_actuals a
            JOIN projects p ON p.id = a.project_id WHERE p.programme_id = \(bind: programmeID) AND a.year > 0
            GROUP BY a.indicator_id, a.year
            """).all(decoding: YearValue.self)
    }
}
