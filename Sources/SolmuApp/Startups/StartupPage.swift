import Plot
import Vapor

/// A region's startup page: how many startups the atlas knows, by sector, municipality, founding year and stage.
struct StartupPage {
    var regionCode: String
    /// The region's name in the page's language.
    var regionName: String
    var report: StartupReport
    /// Municipality code → name in the page's language.
    var municipalityNames: [String: String]

    func render(_ context: PageContext) -> Response {
        let name = regionName
        let title = context.t("startups.title", ["region": name])
        let unknown = context.t("value.notGiven")
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [
                        (title: context.t("regions.title"), href: context.link(.regions)),
                        (title: name, href: context.link(.region(regionCode))),
                    ],
                    current: title
                ).render(context),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("startups.lead", count: report.total))),
                .p(.a(.href(context.link(.organizations, query: ["type": "startup", "region": regionCode])), .text(context.t("startups.list")))),
                .if(
                    report.total > 0,
                    .group(
                        table(
                            context.t("startups.bySector"), context.t("organization.sector"),
                            report.bySector.map { ($0.key.isEmpty ? unknown : $0.key, $0.count) }, context),
                        table(
                            context.t("startups.byMunicipality"), context.t("organization.municipality"),
                            report.byMunicipality.map { (municipalityNames[$0.key] ?? $0.key, $0.count) }, context),
                        table(
                            context.t("startups.byYear"), context.t("organization.foundedYear"),
                            report.byFoundingYear.map { ($0.key.isEmpty ? unknown : $0.key, $0.count) }, context),
                        table(
                            context.t("startups.byStage"), context.t("organization.stage"),
                            report.byStage.map { ($0.key.isEmpty ? unknown : context.t("startupStage.\($0.key)"), $0.count) }, context)
                    )),
                .p(.a(.href("/api/v1/regions/\(regionCode)/startups"), .text(context.t("startups.json"))))
            ))
    }

    private func table(_ caption: String, _ header: String, _ rows: [(String, Int)], _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.h2(.text(caption)), CountTable(caption: caption, header: header, countHeader: context.t("startups.count"), rows: rows).render())
    }
}
