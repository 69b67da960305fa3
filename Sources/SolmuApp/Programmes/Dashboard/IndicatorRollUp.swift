import SQLKit

/// Reads the programme's indicator figures from the actuals kept beside the reports (`IndicatorActual`) and from the
/// targets, summed in the database per funding instrument, per theme and per year: a few hundred rows come back,
/// however many projects and reports there are. (PostgreSQL sums bigints as numeric: the casts keep every engine
/// answering whole numbers.)
struct IndicatorRollUp {
    let sql: any SQLDatabase
    let programmeID: Int

    struct ByInstrument: Decodable {
        var indicator: Int
        var instrument: Int?
        var value: Int64
        var projects: Int
    }

    struct ByTheme: Decodable {
        var indicator: Int
        var theme: String
        var value: Int64
    }

    struct ByYear: Decodable {
        var indicator: Int
        var year: Int
        var value: Int64
    }

    /// Each project's actual (year 0) or its target, summed per indicator and instrument; a project has one instrument
    /// at most, so these rows also add up to the programme's totals.
    func byInstrument(targets: Bool) async throws -> [ByInstrument] {
        try await sql.raw(
            """
            SELECT a.indicator_id AS indicator, p.instrument_id AS instrument, CAST(SUM(a.value) AS BIGINT) AS value, COUNT(*) AS projects
            FROM \(unsafeRaw: targets ? "indicator_targets" : "indicator_actuals") a JOIN projects p ON p.id = a.project_id
            WHERE p.programme_id = \(bind: programmeID) \(unsafeRaw: targets ? "" : "AND a.year = 0")
            GROUP BY a.indicator_id, p.instrument_id
            """
        ).all(decoding: ByInstrument.self)
    }

    /// The same per theme: a project counts under each of its themes.
    func byTheme(targets: Bool) async throws -> [ByTheme] {
        try await sql.raw(
            """
            SELECT a.indicator_id AS indicator, pt.competence_id AS theme, CAST(SUM(a.value) AS BIGINT) AS value
            FROM \(unsafeRaw: targets ? "indicator_targets" : "indicator_actuals") a JOIN projects p ON p.id = a.project_id
            JOIN project_themes pt ON pt.project_id = a.project_id
            WHERE p.programme_id = \(bind: programmeID) \(unsafeRaw: targets ? "" : "AND a.year = 0")
            GROUP BY a.indicator_id, pt.competence_id
            """
        ).all(decoding: ByTheme.self)
    }

    func byYear() async throws -> [ByYear] {
        try await sql.raw(
            """
            SELECT a.indicator_id AS indicator, a.year, CAST(SUM(a.value) AS BIGINT) AS value FROM indicator_actuals a
            JOIN projects p ON p.id = a.project_id WHERE p.programme_id = \(bind: programmeID) AND a.year > 0
            GROUP BY a.indicator_id, a.year
            """
        ).all(decoding: ByYear.self)
    }
}
