import Plot
import Vapor

/// One region: its municipalities with their organisations.
struct RegionPage {
    struct MunicipalityRow {
        var code: String
        var name: String
        var population: Int?
        var organizations: Int
    }

    var name: String
    var code: String
    var municipalities: [MunicipalityRow]
    var organizations: [OrganizationSummary]
    var organizationTotal: Int

    func render(_ context: PageContext) -> Response {
        Layout.page(
            context, title: name,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("regions.title"), href: context.link(.regions))],
                    current: name
                ).render(context),
                .h1(.text(name)),
                .p(.a(.href(context.link(.startups(code))), .text(context.t("startups.link", ["region": name])))),
                .section(
                    .h2(.text(context.t("region.organizations", ["count": Formatting.integer(organizationTotal)]))),
                    OrganizationSummary.list(organizations, context),
                    .if(
                        organizationTotal > organizations.count,
                        .p(.a(.href(context.link(.organizations, query: ["region": code])), .text(context.t("region.allOrganizations")))))
                ),
                .section(
                    .h2(.text(context.t("regions.municipalities"))),
                    .scrolling(
                        context.t("region.municipalityTable", ["region": name]),
                        .table(
                            .caption(.text(context.t("region.municipalityTable", ["region": name]))),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("organization.municipality"))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("municipality.population"))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("regions.organizations"))))),
                            .tbody(
                                .forEach(municipalities) { row in
                                    .tr(
                                        .th(
                                            .attribute(named: "scope", value: "row"),
                                            .a(.href(context.link(.municipality(row.code))), .text(row.name))),
                                        .td(.class("number"), .text(row.population.map(Formatting.integer) ?? "–")),
                                        .td(.class("number"), .text(Formatting.integer(row.organizations))))
                                })
                        ))
                )
            ))
    }
}
