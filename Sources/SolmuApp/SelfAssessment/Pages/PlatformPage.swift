import Plot
import Vapor

/// An owner's platform: its facts and links, the trend of its scores per dimension over its assessments (one chart
/// per questionnaire version, with the figures in a table beside it), and every assessment with a way back into it.
struct PlatformPage {
    var history: PlatformHistory

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let platform = history.platform
        let id = platform.id ?? 0
        return Layout.page(context, title: platform.name, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.myPlatforms)), .text(context.t("platform.mine")))), .li(.text(platform.name)))),
            .h1(.text(platform.name)),
            .dl(.class("facts"),
                .dt(.text(context.t("platform.kind"))), .dd(.text(context.t(platform.kind.labelKey))),
                .unwrap(platform.ownerName) { .group(.dt(.text(context.t("platform.ownerName"))), .dd(.text($0))) },
                .unwrap(platform.municipality) { .group(.dt(.text(context.t("platform.municipality"))), .dd(.text($0.name(language)))) },
                .unwrap(platform.organization) { .group(.dt(.text(context.t("platform.organization"))), .dd(.a(.href(context.link(.organization($0.id ?? 0))), .text($0.name)))) },
                .unwrap(platform.ecosystem) { .group(.dt(.text(context.t("platform.ecosystem"))), .dd(.a(.href(context.link(.ecosystem($0.id ?? 0))), .text($0.name)))) },
                .unwrap(platform.network) { .group(.dt(.text(context.t("platform.network"))), .dd(.a(.href(context.link(.network($0.id ?? 0))), .text($0.name))))}),
            .section(.h2(.text(context.t("platform.trend"))),
                history.completed.isEmpty ? .p(.text(context.t("platform.noCompleted"))) :
                .forEach(history.byVersion) { version in trend(version.instrument, version.assessments, context) }),
            .section(.h2(.text(context.t("platform.assessments"))),
                DataTable(caption: context.t("platform.assessments"),
                          columns: [context.t("platform.started"), context.t("selfAssessment.questionnaire"), context.t("platform.status"),
                                    context.t("selfAssessment.overall"), context.t("platform.open")],
                          numeric: [3],
                          rows: history.assessments.reversed().map { assessment in
                              [.text(assessment.createdAt.map { Formatting.date($0, language) } ?? ""), .text("\(assessment.instrument.version)"),
                               .text(context.t(assessment.status.labelKey) + (assessment.published ? " · " + context.t("platform.published") : "")),
                               .number(assessment.overall.map { Scoring.text($0, language) } ?? "–"),
                               .node(.form(.action(context.link(.openAssessment(id, assessment.id ?? 0))), .method(.post), FormFields.csrf(context.csrfToken),
                                           .button(.type(.submit), .class("link-button"),
                                                   .attribute(named: "aria-label", value: context.t("platform.openLabel", ["date": assessment.createdAt.map { Formatting.date($0, language) } ?? ""])),
                                                   .text(context.t("platform.open")))))]
                          }).render(),
                .p(.class("field__hint"), .text(context.t("platform.openHint")))),
            .section(.class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                .form(.action(context.link(.assessAgain(id))), .method(.post), FormFields.csrf(context.csrfToken),
                      .button(.type(.submit), .class("button"), .text(context.t("platform.assessAgain")))),
                .a(.class("button button--secondary"), .href(context.link(.editPlatform(id))), .text(context.t("platform.editButton")))),
            .p(.a(.href("/api/v1/self-assessment/platforms/\(id)"), .text(context.t("platform.json"))))
        ))
    }

    private func trend(_ instrument: AssessmentInstrument, _ assessments: [PlatformAssessment], _ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let dimensions = history.dimensions(of: instrument)
        let times = assessments.map { $0.completedAt.map { Formatting.date($0, language) } ?? "" }
        func score(_ assessment: PlatformAssessment, _ dimension: InstrumentDimension) -> Int? {
            assessment.scores.first { $0.$dimension.id == dimension.id }?.score
        }
        let series = dimensions.map { dimension in
            LineChart.Series(name: dimension.name.display(language), values: assessments.map { Scoring.value(score($0, dimension)) },
                             valueTexts: assessments.map { score($0, dimension).map { Scoring.text($0, language) } ?? "–" })
        }
        let title = context.t("platform.trendTitle", ["name": history.platform.name, "version": "\(instrument.version)"])
        return .div(
            .h3(.text(context.t("selfAssessment.version", ["name": instrument.name.display(language), "version": "\(instrument.version)"]))),
            ChartAndTable.render(
                svg: LineChart.svg(id: "trend-\(instrument.id ?? 0)", title: title, times: times, maximum: Double(InstrumentContent.levels.upperBound), series: series),
                table: DataTable(caption: title, columns: [context.t("assessmentResult.dimension")] + times, numeric: Set(1...max(times.count, 1)),
                                 rows: dimensions.map { dimension in
                                     [.text(dimension.name.display(language))] + assessments.map { .number(score($0, dimension).map { Scoring.text($0, language) } ?? "–") }
                                 },
                                 footer: [.text(context.t("assessmentResult.overall"))] + assessments.map { .number($0.overall.map { Scoring.text($0, language) } ?? "–") })))
    }
}
