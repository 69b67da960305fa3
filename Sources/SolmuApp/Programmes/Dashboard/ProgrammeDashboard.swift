import Fluent
import SQLKit

/// What a programme's projects add up to: budget by funding instrument and theme, projects by status, where the
/// implementers are, and every indicator's targets against actuals — in total, per theme, per instrument, per year.
/// Grouping happens in the database; indicator figures come from the actuals kept beside the reports.
struct ProgrammeDashboard: Sendable {
    struct Money: Sendable, Equatable {
        var projects = 0
        /// Sum of the budgets that are known, in cents.
        var cents: Int64 = 0
        /// Projects whose budget is unknown (counted in `projects`, not in `cents`).
        var unknown = 0

        /// The sum of the known budgets; nil when no budget is known (unknown is not zero euros).
        var knownCents: Int64? { unknown < projects ? cents : nil }
    }

    struct Figures: Sendable, Equatable {
        var target: Int64 = 0
        var actual: Int64 = 0
        /// Projects with at least one report.
        var reportingProjects = 0
    }

    var projectCount = 0
    var byStatus: [Project.Status: Int] = [:]
    /// Instrument id (nil: no instrument) → budget.
    var budgetByInstrument: [Int?: Money] = [:]
    /// Theme id (nil: no theme) → budget, each project's total split equally over its themes (cents exact).
    var budgetByTheme: [String?: Money] = [:]
    /// Municipality code → number of implementer organisations there.
    var implementersByMunicipality: [String: Int] = [:]
    var indicators: [Int: Figures] = [:]
    /// Indicator → instrument (nil: none) → figures.
    var indicatorsByInstrument: [Int: [Int?: Figures]] = [:]
    /// Indicator → theme → figures (a project counts under each of its themes).
    var indicatorsByTheme: [Int: [String: Figures]] = [:]
    /// Indicator → year (of the period's end) → actual of that year's reports.
    var indicatorsByYear: [Int: [Int: Int64]] = [:]

    var budgetTotal: Money {
        budgetByInstrument.values.reduce(into: Money()) {
            $0.projects += $1.projects; $0.cents += $1.cents; $0.unknown += $1.unknown
        }
    }

    static func load(programmeID: Int, on database: any Database) async throws -> ProgrammeDashboard {
        let sql = database.sql
        var dashboard = ProgrammeDashboard()

        struct ProjectRow: Decodable { var id: Int; var status: String; var instrument_id: Int?; var total_cents: Int64? }
        let projects = try await sql.raw("SELECT id, status, instrument_id, total_cents FROM projects WHERE programme_id = \(bind: programmeID)")
            .all(decoding: ProjectRow.self)
        struct ThemeRow: Decodable { var project_id: Int; var competence_id: String }
        let themeRows = try await sql.raw(
            """
            SELECT pt.project_id, pt.competence_id FROM project_themes pt JOIN projects p ON p.id = pt.project_id
            WHERE p.programme_id = \(bind: programmeID) ORDER BY pt.project_id, pt.competence_id
            """
        ).all(decoding: ThemeRow.self)
        let themes = Dictionary(grouping: themeRows, by: \.project_id).mapValues { $0.map(\.competence_id) }

        dashboard.projectCount = projects.count
        for project in projects {
            if let status = Project.Status(rawValue: project.status) { dashboard.byStatus[status, default: 0] += 1 }
            dashboard.budgetByInstrument[project.instrument_id, default: Money()].add(project.total_cents)
            let projectThemes = themes[project.id] ?? []
            guard !projectThemes.isEmpty else { dashboard.budgetByTheme[nil, default: Money()].add(project.total_cents); continue }
            for (index, share) in Self.split(project.total_cents, into: projectThemes.count).enumerated() {
                dashboard.budgetByTheme[projectThemes[index], default: Money()].add(share)
            }
        }

        struct PlaceRow: Decodable { var municipality_code: String?; var implementers: Int }
        for row in try await sql.raw(
            """
            SELECT o.municipality_code, COUNT(DISTINCT o.id) AS implementers FROM project_implementers pi
            JOIN projects p ON p.id = pi.project_id JOIN organizations o ON o.id = pi.organization_id
            WHERE p.programme_id = \(bind: programmeID) GROUP BY o.municipality_code
            """
        ).all(decoding: PlaceRow.self) {
            if let code = row.municipality_code { dashboard.implementersByMunicipality[code] = row.implementers }
        }

        let rollUp = IndicatorRollUp(sql: sql, programmeID: programmeID)
        for (targets, rows) in [(false, try await rollUp.byInstrument(targets: false)), (true, try await rollUp.byInstrument(targets: true))] {
            for row in rows {
                func add(_ figures: inout Figures) {
                    if targets { figures.target += row.value } else { figures.actual += row.value; figures.reportingProjects += row.projects }
                }
                add(&dashboard.indicators[row.indicator, default: Figures()])
                add(&dashboard.indicatorsByInstrument[row.indicator, default: [:]][row.instrument, default: Figures()])
            }
        }
        for (targets, rows) in [(false, try await rollUp.byTheme(targets: false)), (true, try await rollUp.byTheme(targets: true))] {
            for row in rows {
                if targets {
                    dashboard.indicatorsByTheme[row.indicator, default: [:]][row.theme, default: Figures()].target += row.value
                } else {
                    dashboard.indicatorsByTheme[row.indicator, default: [:]][row.theme, default: Figures()].actual += row.value
                }
            }
        }
        for row in try await rollUp.byYear() { dashboard.indicatorsByYear[row.indicator, default: [:]][row.year] = row.value }
        return dashboard
    }

    /// Splits an amount into `parts` shares that add up exactly: the remainder cents go to the first shares.
    static func split(_ cents: Int64?, into parts: Int) -> [Int64?] {
        guard let cents, parts > 0 else { return Array(repeating: nil, count: max(parts, 1)) }
        let share = cents / Int64(parts), remainder = Int(cents % Int64(parts))
        return (0..<parts).map { share + ($0 < remainder ? 1 : 0) }
    }
}

extension ProgrammeDashboard.Money {
    mutating func add(_ cents: Int64?) {
        projects += 1
        if let cents { self.cents += cents } else { unknown += 1 }
    }
}
