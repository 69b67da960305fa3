import Foundation
import Plot
import Vapor

/// The programme's dashboard: every chart drawn on the server with the same figures in a table beside it.
/// Money totals are the sums of the rows shown, in cents, so the table always adds up.
struct ProgrammeDashboardSection {
    /// A municipality where implementers are, named in the page's language.
    struct Place {
        var code: String
        var name: String
        var longitude: Double?
        var latitude: Double?
        /// Implementer organisations there.
        var implementers: Int
    }

    var programmeID: Int
    var dashboard: ProgrammeDashboard
    var instruments: [ProgrammePage.InstrumentRow]
    var themes: [ProgrammePage.ThemeRow]
    /// The indicator catalogue, by code.
    var indicators: [ProgrammePage.IndicatorRow]
    /// The programme's stated figures, as read.
    var figures: [ProgrammePage.FigureRow]
    /// By Finnish name.
    var places: [Place]

    private var instrumentNames: [Int: ProgrammePage.InstrumentRow] {
        Dictionary(uniqueKeysWithValues: instruments.map { ($0.id, $0) })
    }

    private var themeNames: [String: String] {
        Dictionary(uniqueKeysWithValues: themes.map { ($0.id, $0.name) })
    }

    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("dashboard"),
            .h2(.text(context.t("dashboard.title"))),
            statusChart(context),
            budgetByInstrument(context),
            budgetByTheme(context),
            implementersMap(context),
            indicatorsSection(context))
    }

    /// A row's projects, the sum of the budgets that are known ("ei tiedossa" when none is, never 0 €), and how many
    /// budgets are unknown — counted apart, not as zero.
    private func money(_ value: ProgrammeDashboard.Money, _ context: PageContext) -> [DataTable.Cell] {
        [
            .number(Formatting.integer(value.projects)), .number(FixedPoint.euros(value.knownCents, context.language)),
            .number(Formatting.integer(value.unknown)),
        ]
    }

    private func statusChart(_ context: PageContext) -> Node<HTML.BodyContext> {
        let rows = Project.Status.allCases.map { (context.t($0.labelKey), dashboard.byStatus[$0] ?? 0) }
        let title = context.t("dashboard.byStatus")
        let chart = HorizontalBarChart(
            title: title, series: [context.t("dashboard.projects")],
            rows: rows.map { .init(label: $0.0, values: [Double($0.1)], valueTexts: [Formatting.integer($0.1)]) })
        return .section(
            .h3(.text(title)),
            ChartAndTable.render(
                chart: chart.render(context),
                table: DataTable(
                    caption: title, columns: [context.t("project.status"), context.t("dashboard.projects")], numeric: [1],
                    rows: rows.map { [.text($0.0), .number(Formatting.integer($0.1))] },
                    footer: [.text(context.t("dashboard.total")), .number(Formatting.integer(dashboard.projectCount))])))
    }

    private func budgetTable(title: String, keyColumn: String, rows: [(String, ProgrammeDashboard.Money)], note: String?, _ context: PageContext)
        -> Node<HTML.BodyContext>
    {
        let total = rows.reduce(into: ProgrammeDashboard.Money()) {
            $0.projects += $1.1.projects; $0.cents += $1.1.cents; $0.unknown += $1.1.unknown
        }
        let chart = HorizontalBarChart(
            title: title, series: [context.t("programme.budget")],
            rows: rows.map {
                .init(
                    label: $0.0, values: [$0.1.knownCents.map { Double($0) / 100 }], valueTexts: [FixedPoint.euros($0.1.knownCents, context.language)]
                )
            },
            emptyText: context.t("dashboard.budgetsUnknown", count: total.projects))
        return .section(
            .h3(.text(title)),
            .unwrap(note) { .p(.text($0)) },
            ChartAndTable.render(
                chart: chart.render(context),
                table: DataTable(
                    caption: title,
                    columns: [keyColumn, context.t("dashboard.projects"), context.t("programme.budget"), context.t("dashboard.unknownBudgets")],
                    numeric: [1, 2, 3], rows: rows.map { [.text($0.0)] + money($0.1, context) },
                    footer: [.text(context.t("dashboard.total"))] + money(total, context))))
    }

    private func budgetByInstrument(_ context: PageContext) -> Node<HTML.BodyContext> {
        let names = instrumentNames
        let rows = dashboard.budgetByInstrument.map { key, value in
            (key.flatMap { names[$0]?.name.display(context.language) } ?? context.t("dashboard.noInstrument"), value)
        }.sorted { $0.0 < $1.0 }
        return budgetTable(
            title: context.t("dashboard.budgetByInstrument"), keyColumn: context.t("project.instrument"), rows: rows, note: nil, context)
    }

    private func budgetByTheme(_ context: PageContext) -> Node<HTML.BodyContext> {
        let names = themeNames
        let rows = dashboard.budgetByTheme.map { key, value in
            (key.map { names[$0] ?? $0 } ?? context.t("dashboard.noTheme"), value)
        }.sorted { $0.0.finnishOrder < $1.0.finnishOrder }
        return budgetTable(
            title: context.t("dashboard.budgetByTheme"), keyColumn: context.t("network.themes"), rows: rows,
            note: context.t("dashboard.themeSplit"), context)
    }

    private func implementersMap(_ context: PageContext) -> Node<HTML.BodyContext> {
        let markers = places.compactMap { place -> FinlandMap.Marker? in
            guard let lon = place.longitude, let lat = place.latitude else { return nil }
            return .init(
                name:
                    "\(place.name): \(context.t("dashboard.implementersCount", count: place.implementers, ["count": Formatting.integer(place.implementers)]))",
                longitude: lon, latitude: lat, emphasised: true)
        }
        let title = context.t("dashboard.implementersMap")
        let map = FinlandMap.markers(markers, outlines: Array(RegionShapes.byCode.values), title: title)
        return .section(
            .h3(.text(title)),
            MapAndTable.render(
                map: map, legend: MapLegend.markers(filled: context.t("dashboard.legendImplementers"), hollow: nil),
                table: DataTable(
                    caption: title, columns: [context.t("organization.municipality"), context.t("dashboard.implementers")], numeric: [1],
                    rows: places.map {
                        [
                            .link($0.name, href: context.link(.portfolio(programmeID), query: ["city": $0.code])),
                            .number(Formatting.integer($0.implementers)),
                        ]
                    }
                ).render()))
    }

    private func indicatorsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !indicators.isEmpty else {
            return .section(.h3(.text(context.t("dashboard.indicators"))), .p(.text(context.t("dashboard.noIndicators"))))
        }
        let q = FixedPoint.quantity
        let language = context.language
        let figuresByIndicator = Dictionary(grouping: figures.filter { $0.indicatorID != nil }, by: { $0.indicatorID ?? 0 })
        let title = context.t("dashboard.indicators")
        let series = [context.t("indicator.target"), context.t("indicator.actual")]
        // An indicator no project has a target or a report for is not plotted as 0/0: the chart says nothing is known yet.
        let chart = HorizontalBarChart(
            title: title, series: series,
            rows: indicators.compactMap { indicator in
                guard let f = dashboard.indicators[indicator.id], f.target != 0 || f.reportingProjects > 0 else { return nil }
                return .init(
                    label: indicator.name.display(language), values: [Double(f.target) / 1000, Double(f.actual) / 1000],
                    valueTexts: [q.formatted(f.target, language), q.formatted(f.actual, language)])
            },
            emptyText: context.t("dashboard.indicatorsNotReported"))
        let totals = DataTable(
            caption: title,
            columns: [
                context.t("indicator.name"), context.t("indicator.unit"), context.t("indicator.aggregation"), context.t("indicator.target"),
                context.t("indicator.actual"), context.t("dashboard.reportingProjects"), context.t("dashboard.statedFigure"),
            ],
            numeric: [3, 4, 5],
            rows: indicators.map { indicator in
                let f = dashboard.indicators[indicator.id] ?? .init()
                let stated = (figuresByIndicator[indicator.id] ?? []).map { ProgrammePage.figureValue($0, context) }.joined(separator: "; ")
                return [
                    .text(indicator.name.display(language)), .text(context.t(indicator.unit.labelKey)),
                    .text(context.t(indicator.aggregation.labelKey)),
                    .number(q.formatted(f.target, language)), .number(q.formatted(f.actual, language)),
                    .number(Formatting.integer(f.reportingProjects)),
                    .text(stated.isEmpty ? "–" : stated),
                ]
            })
        return .section(
            .h3(.text(title)), .p(.text(context.t("dashboard.rollUpExplained"))),
            ChartAndTable.render(chart: chart.render(context), table: totals),
            breakdown(context.t("dashboard.byInstrument"), column: context.t("project.instrument"), indicators: indicators, context) { id in
                (dashboard.indicatorsByInstrument[id] ?? [:]).map { key, f in
                    (key.flatMap { instrumentNames[$0]?.code } ?? context.t("dashboard.noInstrument"), f.target as Int64?, f.actual)
                }
            },
            breakdown(context.t("dashboard.byTheme"), column: context.t("network.themes"), indicators: indicators, context) { id in
                (dashboard.indicatorsByTheme[id] ?? [:]).map { key, f in (themeNames[key] ?? key, f.target as Int64?, f.actual) }
            },
            breakdown(context.t("dashboard.byYear"), column: context.t("dashboard.year"), indicators: indicators, context) { id in
                (dashboard.indicatorsByYear[id] ?? [:]).map { ("\($0.key)", nil as Int64?, $0.value) }
            })
    }

    /// A breakdown (by instrument, theme or year): for each indicator that has figures, a chart of target against actual
    /// (actual only by year: targets are for the whole project) with the same figures in the table beside it.
    private func breakdown(
        _ title: String, column: String, indicators: [ProgrammePage.IndicatorRow], _ context: PageContext,
        rows: (Int) -> [(String, Int64?, Int64)]
    ) -> Node<HTML.BodyContext> {
        let q = FixedPoint.quantity
        let language = context.language
        let parts: [(ProgrammePage.IndicatorRow, [(String, Int64?, Int64)])] = indicators.compactMap { indicator in
            let found = rows(indicator.id).sorted { $0.0 < $1.0 }
            return found.isEmpty ? nil : (indicator, found)
        }
        guard !parts.isEmpty else { return .empty }
        return .section(
            .h4(.text(title)),
            .forEach(parts) { indicator, found in
                let hasTargets = found.contains { $0.1 != nil }
                let series = hasTargets ? [context.t("indicator.target"), context.t("indicator.actual")] : [context.t("indicator.actual")]
                let name = indicator.name.display(language)
                let caption = context.t("dashboard.breakdownCaption", ["indicator": name, "breakdown": title])
                let chart = HorizontalBarChart(
                    title: caption, series: series,
                    rows: found.map { key, target, actual in
                        hasTargets
                            ? .init(
                                label: key, values: [Double(target ?? 0) / 1000, Double(actual) / 1000],
                                valueTexts: [q.formatted(target ?? 0, language), q.formatted(actual, language)])
                            : .init(label: key, values: [Double(actual) / 1000], valueTexts: [q.formatted(actual, language)])
                    })
                let table = DataTable(
                    caption: caption, columns: [column] + series, numeric: hasTargets ? [1, 2] : [1],
                    rows: found.map { key, target, actual in
                        [.text(key)] + (hasTargets ? [.number(q.formatted(target ?? 0, language))] : []) + [.number(q.formatted(actual, language))]
                    })
                return ChartAndTable.render(chart: chart.render(context), table: table)
            })
    }
}
