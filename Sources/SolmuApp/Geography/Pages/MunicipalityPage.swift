import Plot
import Vapor

/// One municipality: its official names, region, population and organisations.
struct MunicipalityPage {
    var municipality: Municipality
    var organizations: [OrganizationSummary]
    var organizationTotal: Int

    func render(_ context: PageContext) -> Response {
        let m = municipality
        let language = context.language
        let name = m.name(language)
        return Layout.page(context, title: name, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.regions)), .text(context.t("regions.title")))),
                     .li(.a(.href(context.link(.region(m.$region.id))), .text(m.region.name(language)))),
                     .li(.text(name)))),
            .h1(.text(name)),
            .dl(.class("facts"),
                .dt(.text(context.t("municipality.code"))), .dd(.text(m.id ?? "")),
                .dt(.text(context.t("municipality.nameFi"))), .dd(.attribute(named: "lang", value: "fi"), .text(m.nameFi)),
                .dt(.text(context.t("municipality.nameSv"))), .dd(.attribute(named: "lang", value: "sv"), .text(m.nameSv)),
                .dt(.text(context.t("municipality.languages"))), .dd(.text(context.t(m.bilingual ? "municipality.bilingual" : "municipality.monolingual"))),
                .dt(.text(context.t("organization.region"))), .dd(.a(.href(context.link(.region(m.$region.id))), .text(m.region.name(language)))),
                .dt(.text(context.t("municipality.population"))), .dd(.text(m.population.map(Formatting.integer) ?? "–"))
            ),
            .section(.h2(.text(context.t("region.organizations", ["count": Formatting.integer(organizationTotal)]))),
                organizations.isEmpty ? .p(.text(context.t("atlas.search.noResults"))) : OrganizationSummary.list(organizations, context),
                .if(organizationTotal > organizations.count,
                    .p(.a(.href(context.link(.organizations, query: ["municipality": m.id])), .text(context.t("municipality.allOrganizations"))))))
        ))
    }
}
