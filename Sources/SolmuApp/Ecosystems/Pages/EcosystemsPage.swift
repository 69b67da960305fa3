import Plot
import Vapor

/// All ecosystems, with where they are.
struct EcosystemsPage {
    /// One ecosystem as the list shows it.
    struct Row {
        var id: Int
        var name: String
        /// Its municipalities' names in the page's language, in order, joined.
        var places: String
    }

    var ecosystems: [Row]
    var canCreate: Bool

    func render(_ context: PageContext) -> Response {
        let title = context.t("ecosystems.title")
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("ecosystems.lead"))),
                .if(canCreate, .p(.a(.class("button"), .href(context.link(.newEcosystem)), .text(context.t("ecosystem.new"))))),
                .ul(
                    .class("result-list"),
                    .forEach(ecosystems) { ecosystem in
                        .li(
                            .class("result"),
                            .h2(.class("result__title"), .a(.href(context.link(.ecosystem(ecosystem.id))), .text(ecosystem.name))),
                            .p(.class("result__meta"), .text(ecosystem.places)),
                            .p(.a(.href(context.link(.investIn(ecosystem.id))), .text(context.t("ecosystem.investIn")))))
                    }),
                .p(.a(.href(context.link(.compareEcosystems)), .text(context.t("compare.title")))),
                .p(.a(.href("/api/v1/ecosystems?format=csv"), .text(context.t("ecosystems.downloadCSV"))))
            ))
    }
}
