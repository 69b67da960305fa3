import Plot
import Vapor

/// A project's indicators: for each one in the programme's catalogue, its target, the reports per period
/// (who reported and when, to signed-in users) and the actual by the indicator's rule.
struct ProjectIndicatorsSection {
    var project: Project
    var programme: Programme?
    var targets: [Int: Int64]
    var reports: [IndicatorReport]
    var canEdit: Bool

    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let programme, !programme.indicators.isEmpty else { return .empty }
        let q = FixedPoint.quantity
        let language = context.language
        let id = project.id ?? 0
        let byIndicator = Dictionary(grouping: reports, by: { $0.$indicator.id })
        return .section(.h2(.text(context.t("project.indicators"))),
            DataTable(caption: context.t("project.indicatorsCaption"),
                      columns: [context.t("indicator.name"), context.t("indicator.aggregation"), context.t("indicator.target"), context.t("indicator.actual")],
                      numeric: [2, 3],
                      rows: programme.sortedIndicators.map { indicator in
                          let actual = IndicatorRule.actual((byIndicator[indicator.id ?? 0] ?? []).map(\.ruleReport), indicator.aggregation)
                          return [.text(indicator.name.display(language)), .text(context.t(indicator.aggregation.labelKey)),
                                  .number(targets[indicator.id ?? 0].map { q.formatted($0, language) } ?? "–"),
                                  .number(actual.map { q.formatted($0, language) } ?? "–")]
                      }).render(),
            .unwrap(reports.isEmpty ? nil : reports) { reports in
                DataTable(caption: context.t("project.reportsCaption"),
                          columns: [context.t("indicator.name"), context.t("report.period"), context.t("report.value"), context.t("report.reportedBy")]
                              + (canEdit ? [context.t("users.actions")] : []),
                          numeric: [2],
                          rows: reports.sorted { ($0.$indicator.id, $0.periodStart) < ($1.$indicator.id, $1.periodStart) }.map { report in
                              let indicator = programme.indicators.first { $0.id == report.$indicator.id }
                              let who = context.user == nil ? Formatting.dateTime(report.reportedAt, language)
                                  : "\(report.reportedByName), \(Formatting.dateTime(report.reportedAt, language))"
                              return [.text(indicator?.name.display(language) ?? "–"),
                                      .text("\(PartialDate(report.periodStart)?.formatted(language) ?? report.periodStart) – \(PartialDate(report.periodEnd)?.formatted(language) ?? report.periodEnd)"),
                                      .number(q.formatted(report.value, language)), .text(who)]
                                  + (canEdit ? [.node(.a(.href(context.link(.correctReport(id, report.id ?? 0))), .text(context.t("report.correctLink")),
                                                         .span(.class("visually-hidden"), .text(": \(indicator?.name.display(language) ?? "") \(report.periodStart)"))))] : [])
                          }).render()
            },
            .p(.a(.href("/api/v1/projects/\(id)/reports?format=csv"), .text(context.t("project.reportsCSV")))),
            .if(canEdit, .p(.a(.class("button"), .href(context.link(.newReport(id))), .text(context.t("report.new"))), .text(" "),
                            .a(.class("button"), .href(context.link(.projectTargets(id))), .text(context.t("target.edit"))))))
    }
}
