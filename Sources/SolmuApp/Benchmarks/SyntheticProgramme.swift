import Fluent
import Foundation
import SQLKit

/// A synthetic programme for the dashboard benchmark: `projects` projects with five implementers each, one to three
/// themes, budgets in cents, and quarterly reports on ten indicators (sum, maximum and latest mixed) until there are
/// `reports` of them. Rows go in with multi-row INSERTs, a batch per transaction. Deterministic for a given seed.
struct SyntheticProgramme {
    let database: any Database
    var batchSize = 1_000

    struct Result {
        var programmeID: Int
        var projects: Int
        var implementers: Int
        var reports: Int
        var seconds: Double
    }

    func fill(projects: Int, implementersPerProject: Int = 5, reports: Int, seed: UInt64 = 7, log: (String) -> Void = { _ in }) async throws -> Result
    {
        let started = Date()
        var random = SyntheticAtlas.Random(state: seed)
        let sql = database.sql
        // Enough organisations to draw distinct implementers from.
        if try await Organization.query(on: database).count() < 500 {
            _ = try await SyntheticAtlas(database: database).fill(count: 2_000, seed: seed)
        }
        let organizationIDs = try await Organization.query(on: database).field(\.$id).limit(5_000).all().compactMap(\.id)
        let themes = try await Competence.query(on: database).all().compactMap(\.id)

        let programme = Programme()
        try await ProgrammeEditor(database: database).save(
            ProgrammeInput(
                name: "Synteettinen ohjelma \(seed)", purpose: LocalizedText(fi: "Suorituskykytestin ohjelma."), budgetCents: 50_000_000_000,
                memberCities: Array(organizationIDs.prefix(6)), themes: Array(themes.prefix(12)), targetGroups: ["companies"]),
            into: programme)
        let programmeID = try programme.requireID()
        let catalogue = CatalogueEditor(database: database, programmeID: programmeID)
        var instrumentIDs: [Int] = []
        for code in ["ERDF", "ESF", "JTF"] {
            let instrument = FundingInstrument()
            try await catalogue.saveInstrument(InstrumentInput(code: code, name: LocalizedText(fi: code)), into: instrument)
            instrumentIDs.append(try instrument.requireID())
        }
        var indicators: [Int] = []
        for index in 0..<10 {
            let indicator = Indicator()
            let aggregation: Indicator.Aggregation = [.sum, .sum, .sum, .sum, .maximum, .maximum, .latest, .latest, .latest, .sum][index]
            try await catalogue.saveIndicator(
                IndicatorInput(
                    code: "i\(index)", name: LocalizedText(fi: "Indikaattori \(index)"), unit: "count",
                    aggregation: aggregation.rawValue), into: indicator)
            indicators.append(try indicator.requireID())
        }

        var projectIDs: [Int] = []
        var implementerCount = 0
        for batchStart in stride(from: 0, to: projects, by: batchSize) {
            let size = min(batchSize, projects - batchStart)
            var rows: [SQLQueryString] = []
            for index in batchStart..<(batchStart + size) {
                let status = ["planned", "ongoing", "ongoing", "closed"].randomElement(using: &random)!
                let total = Int64.random(in: 50_000_00...2_000_000_00, using: &random)
                let name = "Hanke \(index) \(SyntheticAtlas.firstSyllables.randomElement(using: &random)!)"
                rows.append(
                    "(\(bind: "S\(seed)-\(index)"), \(bind: name), \(bind: programmeID), \(bind: instrumentIDs.randomElement(using: &random)!), \(bind: status), \(bind: false), \(bind: "2021-01-01"), \(bind: "2026-12-31"), \(bind: total), \(bind: total / 2), \(bind: ""), \(bind: SearchFolding.fold(name)), \(bind: Date()), \(bind: Date()))"
                )
            }
            let batch = rows
            let ids = try await database.writeTransaction { db -> [Int] in
                let sql = db.sql
                var insert: SQLQueryString =
                    "INSERT INTO projects (code, name_fi, programme_id, instrument_id, status, spearhead, starts_on, ends_on, total_cents, eu_cents, target_groups, search_text, created_at, updated_at) VALUES "
                insert.appendInterpolation(SQLList(batch.map { $0 as any SQLExpression }))
                insert.appendLiteral(" RETURNING id")
                return try await sql.raw(insert).all().map { try $0.decode(column: "id", as: Int.self) }
            }
            var links: [SQLQueryString] = []
            var implementers: [SQLQueryString] = []
            for id in ids {
                for theme in Set((0..<Int.random(in: 1...3, using: &random)).map { _ in themes.prefix(12).randomElement(using: &random)! }) {
                    links.append("(\(bind: id), \(bind: theme))")
                }
                var chosen = Set<Int>()
                while chosen.count < implementersPerProject { chosen.insert(organizationIDs.randomElement(using: &random)!) }
                for (position, organization) in chosen.enumerated() {
                    implementers.append("(\(bind: id), \(bind: organization), \(bind: position == 0 ? "lead" : "coImplementer"))")
                }
            }
            implementerCount += implementers.count
            let (themeRows, implementerRows) = (links, implementers)
            try await database.writeTransaction { db in
                let sql = db.sql
                var insertThemes: SQLQueryString = "INSERT INTO project_themes (project_id, competence_id) VALUES "
                insertThemes.appendInterpolation(SQLList(themeRows.map { $0 as any SQLExpression }))
                try await sql.raw(insertThemes).run()
                var insertImplementers: SQLQueryString = "INSERT INTO project_implementers (project_id, organization_id, role) VALUES "
                insertImplementers.appendInterpolation(SQLList(implementerRows.map { $0 as any SQLExpression }))
                try await sql.raw(insertImplementers).run()
            }
            projectIDs += ids
        }
        log("\(projectIDs.count) projects, \(implementerCount) implementers")

        // Reports: every project reports every indicator quarterly from 2021 on, until the total is reached.
        let quarters = ["01-01", "04-01", "07-01", "10-01"], ends = ["03-31", "06-30", "09-30", "12-31"]
        let perProjectIndicator = max(1, reports / max(1, projectIDs.count * indicators.count))
        var pending: [SQLQueryString] = []
        var written = 0
        func flush() async throws {
            guard !pending.isEmpty else { return }
            let batch = pending
            pending = []
            try await database.writeTransaction { db in
                var insert: SQLQueryString =
                    "INSERT INTO indicator_reports (project_id, indicator_id, period_start, period_end, value, reported_by_name, reported_at, version) VALUES "
                insert.appendInterpolation(SQLList(batch.map { $0 as any SQLExpression }))
                try await db.sql.raw(insert).run()
            }
        }
        outer: for project in projectIDs {
            for indicator in indicators {
                for period in 0..<perProjectIndicator {
                    guard written < reports else { break outer }
                    let year = 2021 + period / 4, quarter = period % 4
                    pending.append(
                        "(\(bind: project), \(bind: indicator), \(bind: "\(year)-\(quarters[quarter])"), \(bind: "\(year)-\(ends[quarter])"), \(bind: Int64.random(in: 0...50_000, using: &random)), \(bind: "Synteettinen"), \(bind: Date()), \(bind: 1))"
                    )
                    written += 1
                    if pending.count >= batchSize { try await flush() }
                }
            }
        }
        try await flush()
        var targets: [SQLQueryString] = []
        for project in projectIDs {
            for indicator in indicators {
                targets.append("(\(bind: project), \(bind: indicator), \(bind: Int64.random(in: 0...200_000, using: &random)))")
            }
        }
        for start in stride(from: 0, to: targets.count, by: batchSize) {
            var insert: SQLQueryString = "INSERT INTO indicator_targets (project_id, indicator_id, value) VALUES "
            insert.appendInterpolation(SQLList(targets[start..<min(start + batchSize, targets.count)].map { $0 as any SQLExpression }))
            try await sql.raw(insert).run()
        }
        try await IndicatorActuals.rebuild(programmeID: programmeID, on: database)
        try await sql.raw(sql.dialect.name == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE").run()
        log("\(written) indicator reports")
        return Result(
            programmeID: programmeID, projects: projectIDs.count, implementers: implementerCount, reports: written,
            seconds: Date().timeIntervalSince(started))
    }
}
