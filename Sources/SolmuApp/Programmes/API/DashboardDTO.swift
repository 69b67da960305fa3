import Vapor

/// The dashboard's figures as the API gives them: money in cents, indicator values as exact decimal text.
struct DashboardDTO: Content {
    struct Budget: Content {
        var key: String?
        var projects: Int
        var cents: Int64
        var unknownBudgets: Int
    }

    struct IndicatorFigures: Content {
        struct Part: Content {
            var key: String?
            /// Nil per year: targets are for the whole project.
            var target: String?
            var actual: String
        }

        var indicatorId: Int
        var code: String
        var aggregation: Indicator.Aggregation
        var target: String
        var actual: String
        var reportingProjects: Int
        var byInstrument: [Part]
        var byTheme: [Part]
        var byYear: [Part]
    }

    var programmeId: Int
    var projects: Int
    var byStatus: [String: Int]
    var budgetByInstrument: [Budget]
    var budgetByTheme: [Budget]
    var budgetTotal: Budget
    var implementersByMunicipality: [String: Int]
    var indicators: [IndicatorFigures]

    init(programme: Programme, dashboard d: ProgrammeDashboard) {
        let q = FixedPoint.quantity
        let codes = Dictionary(uniqueKeysWithValues: programme.instruments.map { ($0.id ?? 0, $0.code) })
        func budget(_ key: String?, _ money: ProgrammeDashboard.Money) -> Budget {
            Budget(key: key, projects: money.projects, cents: money.cents, unknownBudgets: money.unknown)
        }
        programmeId = programme.id ?? 0
        projects = d.projectCount
        byStatus = Dictionary(uniqueKeysWithValues: Project.Status.allCases.map { ($0.rawValue, d.byStatus[$0] ?? 0) })
        budgetByInstrument = d.budgetByInstrument.map { budget($0.key.flatMap { codes[$0] }, $0.value) }.sorted { ($0.key ?? "~") < ($1.key ?? "~") }
        budgetByTheme = d.budgetByTheme.map { budget($0.key, $0.value) }.sorted { ($0.key ?? "~") < ($1.key ?? "~") }
        budgetTotal = budget(nil, d.budgetTotal)
        implementersByMunicipality = d.implementersByMunicipality
        indicators = programme.sortedIndicators.map { indicator in
            let id = indicator.id ?? 0
            let total = d.indicators[id] ?? .init()
            return IndicatorFigures(
                indicatorId: id, code: indicator.code, aggregation: indicator.aggregation, target: q.plain(total.target),
                actual: q.plain(total.actual),
                reportingProjects: total.reportingProjects,
                byInstrument: (d.indicatorsByInstrument[id] ?? [:]).map {
                    .init(key: $0.key.flatMap { codes[$0] }, target: q.plain($0.value.target), actual: q.plain($0.value.actual))
                }
                .sorted { ($0.key ?? "~") < ($1.key ?? "~") },
                byTheme: (d.indicatorsByTheme[id] ?? [:]).map {
                    .init(key: $0.key, target: q.plain($0.value.target), actual: q.plain($0.value.actual))
                }
                .sorted { ($0.key ?? "") < ($1.key ?? "") },
                byYear: (d.indicatorsByYear[id] ?? [:]).sorted { $0.key < $1.key }.map {
                    .init(key: "\($0.key)", target: nil, actual: q.plain($0.value))
                })
        }
    }
}
