import Plot
import Vapor

/// One municipality: its official names, region, population and organisations.
struct MunicipalityPage {
    var code: String
    /// The name in the page's language (both official names for a bilingual municipality).
    var name: String
    var nameFi: String
    var nameSv: String
    var bilingual: Bool
    var population: Int?
    var regionCode: String
    var regionName: String
    var organizations: [OrganizationSummary]
    var organizationTotal: Int

    func render(_ context: PageContext) -> Response {
        Layout.page(
            context, title: name,
            main: .div(
                Breadcrumbs(
                    steps: [
                        (title: context.t("regions.title"), href: context.link(.regions)),
                        (title: regionName, href: context.link(.region(regionCode))),
                    ],
                    current: name
                ).render(context),
                .h1(.text(name)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("municipality.code"))), .dd(.text(code)),
                    .dt(.text(context.t("municipality.nameFi"))), .dd(.attribute(named: "lang", value: "fi"), .text(nameFi)),
                    .dt(.text(context.t("municipality.nameSv"))), .dd(.attribute(named: "lang", value: "sv"), .text(nameSv)),
                    .dt(.text(context.t("municipality.languages"))),
                    .dd(.text(context.t(bilingual ? "municipality.bilingual" : "municipality.monolingual"))),
                    .dt(.text(context.t("organization.region"))), .dd(.a(.href(context.link(.region(regionCode))), .text(regionName))),
                    .dt(.text(context.t("municipality.population"))), .dd(.text(population.map(Formatting.integer) ?? "–"))
                ),
                .section(
                    .h2(.text(context.t("region.organizations", ["count": Formatting.integer(organizationTotal)]))),
                    organizations.isEmpty ? .p(.text(context.t("atlas.search.noResults"))) : OrganizationSummary.list(organizations, context),
                    .if(
                        organizationTotal > organizations.count,
                        .p(.a(.href(context.link(.organizations, query: ["municipality": code])), .text(context.t("municipality.allOrganizations")))))
                )
            ))
    }
}
