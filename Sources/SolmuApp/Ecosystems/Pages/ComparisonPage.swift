import Plot
import Vapor

/// Benchmarking page: choose two to six ecosystems; see them side by side as a table and a chart.
struct ComparisonPage {
    /// An ecosystem to choose.
    struct Choice {
        var id: Int
        var name: String
    }

    /// Every ecosystem, in name order.
    var all: [Choice]
    var chosen: Set<Int>
    var comparison: EcosystemComparison?
    /// The choice's error (a translation key), when the ecosystems chosen cannot be compared.
    var error: String?
    /// The answer's status: the error's when there is one.
    var status: HTTPResponseStatus = .ok

    func render(_ context: PageContext) -> Response {
        let title = context.t("compare.title")
        let options = all.map { (value: "\($0.id)", label: $0.name) }
        var state = ComparisonForm.values(chosen: chosen).state
        if let error { state.errors[ComparisonForm.Key.ids.rawValue] = error }
        return Layout.page(
            context, title: title, status: status,
            main: .div(
                Breadcrumbs(steps: [(title: context.t("ecosystems.title"), href: context.link(.ecosystems))], current: title).render(context),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("compare.lead"))),
                .form(
                    .class("search-form"), .action(context.link(.compareEcosystems)), .method(.get),
                    FormFields.draw(ComparisonForm.self, .ids, state, context, options: options),
                    .button(.type(.submit), .class("button"), .text(context.t("compare.submit")))),
                .unwrap(comparison) { table($0, context) }
            ))
    }

    private func table(_ comparison: EcosystemComparison, _ context: PageContext) -> Node<HTML.BodyContext> {
        let columns = comparison.ecosystems
        func row(_ label: String, _ value: (EcosystemComparison.Column) -> String) -> Node<HTML.TableContext> {
            .tr(.th(.attribute(named: "scope", value: "row"), .text(label)), .forEach(columns) { .td(.class("number"), .text(value($0))) })
        }
        let types = Set(columns.flatMap(\.actorsByType.keys)).sorted()
        let perThousand = columns.map { $0.actorsPerThousand ?? 0 }
        let maximum = max(0.0001, perThousand.max() ?? 0)
        return .section(
            .h2(.text(context.t("compare.results"))),
            .scrolling(
                context.t("compare.caption"),
                .table(
                    .caption(.text(context.t("compare.caption"))),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("compare.measure"))),
                            .forEach(columns) {
                                .th(.attribute(named: "scope", value: "col"), .a(.href(context.link(.ecosystem($0.id))), .text($0.name)))
                            })),
                    .tbody(
                        row(context.t("municipality.population"), { $0.population.map(Formatting.integer) ?? "–" }),
                        row(context.t("compare.actors"), { Formatting.integer($0.actors) }),
                        row(context.t("compare.perThousand"), { $0.actorsPerThousand.map { Formatting.decimal($0, context.language) } ?? "–" }),
                        .forEach(types) { type in row(context.t("organizationType.\(type)"), { Formatting.integer($0.actorsByType[type] ?? 0) }) },
                        row(context.t("compare.competences"), { Formatting.integer($0.competencesPresent) }),
                        row(context.t("compare.wanted"), { Formatting.integer($0.wanted) }),
                        row(context.t("compare.gaps"), { Formatting.integer($0.gaps) }),
                        row(context.t("compare.goalsMet"), { "\($0.goalsMet) / \($0.goals)" }),
                        row(context.t("compare.networks"), { Formatting.integer($0.networks) }),
                        row(context.t("compare.memberships"), { Formatting.integer($0.networkMemberships) })
                    ))),
            .h3(.text(context.t("compare.perThousand"))),
            .scrolling(
                context.t("compare.chartCaption"),
                .table(
                    .class("bars"), .caption(.text(context.t("compare.chartCaption"))),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystems.title"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("compare.perThousand"))))),
                    .tbody(
                        .forEach(columns) { column in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(column.name)),
                                .td(
                                    .class("number bar"), .raw(BarChart.bar(fraction: (column.actorsPerThousand ?? 0) / maximum, width: 240)),
                                    .text(column.actorsPerThousand.map { Formatting.decimal($0, context.language) } ?? "–")))
                        })))
        )
    }
}
