import Plot
import Vapor

/// A project's indicators: for each one in the programme's catalogue, its target, the reports per period
/// (who reported and when, to signed-in users) and the actual by the indicator's rule.
struct ProjectIndicatorsSection {
    /// An indicator of the programme's catalogue with the project's target and actual (thousandths).
    struct IndicatorRow {
        var id: Int
        var name: LocalizedText
        var aggregation: Indicator.Aggregation
        var target: Int64?
        /// By the indicator's rule over the project's reports; nil before any report.
        var actual: Int64?
    }

    struct ReportRow {
        var id: Int
        /// Nil when the indicator is not in the programme's catalogue.
        var indicatorName: LocalizedText?
        var periodStart: String
        var periodEnd: String
        var value: Int64
        var reportedByName: String
        var reportedAt: Date
    }

    var projectID: Int
    /// The catalogue by code; empty (and the section left out) when the project has no programme or it has no indicators.
    var indicators: [IndicatorRow]
    /// By indicator and period start.
    var reports: [ReportRow]
    var canEdit: Bool

    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !indicators.isEmpty else { return .empty }
        let q = FixedPoint.quantity
        let language = context.language
        let id = projectID
        return .section(
            .h2(.text(context.t("project.indicators"))),
            DataTable(
                caption: context.t("project.indicatorsCaption"),
                columns: [
                    context.t("indicator.name"), context.t("indicator.aggregation"), context.t("indicator.target"), context.t("indicator.actual"),
                ],
                numeric: [2, 3],
                rows: indicators.map { indicator in
                    [
                        .text(indicator.name.display(language)), .text(context.t(indicator.aggregation.labelKey)),
                        .number(indicator.target.map { q.formatted($0, language) } ?? "–"),
                        .number(indicator.actual.map { q.formatted($0, language) } ?? "–"),
                    ]
                }
            ).render(),
            .unwrap(reports.isEmpty ? nil : reports) { reports in
                DataTable(
                    caption: context.t("project.reportsCaption"),
                    columns: [context.t("indicator.name"), context.t("report.period"), context.t("report.value"), context.t("report.reportedBy")]
                        + (canEdit ? [context.t("users.actions")] : []),
                    numeric: [2],
                    rows: reports.map { report in
                        let who =
                            context.user == nil
                            ? Formatting.dateTime(report.reportedAt, language)
                            : "\(report.reportedByName), \(Formatting.dateTime(report.reportedAt, language))"
                        return [
                            .text(report.indicatorName?.display(language) ?? "–"),
                            .text(
                                "\(PartialDate(report.periodStart)?.formatted(language) ?? report.periodStart) – \(PartialDate(report.periodEnd)?.formatted(language) ?? report.periodEnd)"
                            ),
                            .number(q.formatted(report.value, language)), .text(who),
                        ]
                            + (canEdit
                                ? [
                                    .node(
                                        .a(
                                            .href(context.link(.correctReport(id, report.id))), .text(context.t("report.correctLink")),
                                            .span(
                                                .class("visually-hidden"),
                                                .text(": \(report.indicatorName?.display(language) ?? "") \(report.periodStart)"))))
                                ] : [])
                    }
                ).render()
            },
            .p(.a(.href("/api/v1/projects/\(id)/reports?format=csv"), .text(context.t("project.reportsCSV")))),
            .if(
                canEdit,
                .p(
                    .a(.class("button"), .href(context.link(.newReport(id))), .text(context.t("report.new"))), .text(" "),
                    .a(.class("button"), .href(context.link(.projectTargets(id))), .text(context.t("target.edit"))))))
    }
}
