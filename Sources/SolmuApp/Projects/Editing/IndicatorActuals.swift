import Fluent
import Foundation
import SQLKit

/// Keeps `IndicatorActual` rows in step with the reports. Call inside the transaction that writes a report:
/// the project's row is locked first (PostgreSQL), so two managers reporting different periods at once are counted
/// one after the other and neither refresh misses the other's report. (SQLite has one writer at a time already.)
enum IndicatorActuals {
    static func lockProject(_ projectID: Int, on database: any Database) async throws {
        let sql = database.sql
        guard sql.dialect.name != "sqlite" else { return }
        try await sql.raw("SELECT id FROM projects WHERE id = \(bind: projectID) FOR UPDATE").run()
    }

    /// Recomputes one project's actuals of one indicator from its reports.
    static func refresh(project projectID: Int, indicator indicatorID: Int, on database: any Database) async throws {
        guard let indicator = try await Indicator.find(indicatorID, on: database) else { return }
        let reports = try await IndicatorReport.query(on: database).filter(\.$project.$id == projectID).filter(\.$indicator.$id == indicatorID).all()
        let actuals = IndicatorRule.actuals(reports.map(\.ruleReport), indicator.aggregation)
        try await database.replaceLinks(
            IndicatorActual.query(on: database).filter(\.$project.$id == projectID).filter(\.$indicator.$id == indicatorID),
            with: actuals.sorted { $0.key < $1.key }.map {
                IndicatorActual(project: projectID, indicator: indicatorID, year: $0.key, value: $0.value)
            })
    }

    /// Recomputes every actual of a programme in grouped passes (after a bulk load, or to repair).
    static func rebuild(programmeID: Int, on database: any Database) async throws {
        let indicators = try await Indicator.query(on: database).filter(\.$programme.$id == programmeID).all()
        try await database.writeTransaction { db in
            let sql = db.sql
            for indicator in indicators {
                let id = try indicator.requireID()
                try await sql.raw("DELETE FROM indicator_actuals WHERE indicator_id = \(bind: id)").run()
                struct Row: Decodable { var project_id: Int; var period_start: String; var period_end: String; var value: Int64 }
                let rows = try await sql.raw(
                    """
                    SELECT project_id, period_start, period_end, value FROM indicator_reports WHERE indicator_id = \(bind: id)
                    """
                ).all(decoding: Row.self)
                var values: [SQLQueryString] = []
                for (project, reports) in Dictionary(grouping: rows, by: \.project_id) {
                    let actuals = IndicatorRule.actuals(
                        reports.map { .init(periodStart: $0.period_start, periodEnd: $0.period_end, value: $0.value) },
                        indicator.aggregation)
                    for (year, value) in actuals { values.append("(\(bind: project), \(bind: id), \(bind: year), \(bind: value))") }
                }
                for start in stride(from: 0, to: values.count, by: 1_000) {
                    var insert: SQLQueryString = "INSERT INTO indicator_actuals (project_id, indicator_id, year, value) VALUES "
                    insert.appendInterpolation(SQLList(values[start..<min(start + 1_000, values.count)].map { $0 as any SQLExpression }))
                    try await sql.raw(insert).run()
                }
            }
        }
    }
}
