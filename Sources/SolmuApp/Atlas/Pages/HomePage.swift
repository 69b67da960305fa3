import Plot
import Vapor

/// The front page: what Solmu is, a search box and the ways into the atlas.
struct HomePage {
    var organizationCount: Int
    var regionCount: Int
    var municipalityCount: Int
    var recent: [OrganizationSummary]

    func render(_ context: PageContext) -> Response {
        Layout.page(
            context, title: context.t("home.title"),
            main: .div(
                .h1(.text(context.t("home.title"))),
                .p(.class("lead"), .text(context.t("home.lead"))),
                .form(
                    .class("search-form search-form--hero"), .action(context.link(.organizations)), .method(.get),
                    .attribute(named: "role", value: "search"),
                    FormFields.draw(OrganizationSearchForm.self, .q, FormState(), context),
                    .button(.type(.submit), .class("button"), .text(context.t("atlas.search.submit")))),
                .ul(
                    .class("figures"),
                    .li(
                        .a(
                            .href(context.link(.organizations)), .strong(.text(Formatting.integer(organizationCount))),
                            .text(" " + context.t("home.organizations")))),
                    .li(.a(.href(context.link(.regions)), .strong(.text(Formatting.integer(regionCount))), .text(" " + context.t("home.regions")))),
                    .li(.strong(.text(Formatting.integer(municipalityCount))), .text(" " + context.t("home.municipalities")))
                ),
                .section(.h2(.text(context.t("home.latest"))), OrganizationSummary.list(recent, context))
            ))
    }
}
