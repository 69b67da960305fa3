import Plot
import Vapor

/// The platforms a signed-in owner keeps, with how many times each was assessed and its latest overall score.
struct MyPlatformsPage {
    var platforms: [Platform]

    func render(_ context: PageContext) -> Response {
        let title = context.t("platform.mine")
        return Layout.page(context, title: title, main: .div(
            .h1(.text(title)),
            .p(.text(context.t("platform.mineLead"))),
            platforms.isEmpty ? .p(.text(context.t("platform.none"))) :
            DataTable(caption: title, columns: [context.t("platform.name"), context.t("platform.kind"), context.t("platform.assessments"), context.t("selfAssessment.overall")],
                      numeric: [2, 3],
                      rows: platforms.map { platform in
                          let latest = platform.assessments.filter { $0.status == .completed }.max { ($0.completedAt ?? .distantPast) < ($1.completedAt ?? .distantPast) }
                          return [.link(platform.name, href: context.link(.platform(platform.id ?? 0))), .text(context.t(platform.kind.labelKey)),
                                  .number(Formatting.integer(platform.assessments.count)),
                                  .number(latest?.overall.map { Scoring.text($0, context.language) } ?? "–")]
                      }).render(),
            .p(.a(.class("button"), .href(context.link(.selfAssessment)), .text(context.t("selfAssessment.startNew"))))
        ))
    }
}
