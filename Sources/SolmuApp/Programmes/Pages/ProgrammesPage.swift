import Plot
import Vapor

/// Every programme, with its period, budget and number of projects.
struct ProgrammesPage {
    /// One programme as the list shows it.
    struct Row {
        var id: Int
        var name: String
        var startsOn: String?
        var endsOn: String?
        var budgetCents: Int64?
        var budgetApproximate: Bool
        var projectCount: Int
    }

    var programmes: [Row]
    var canCreate: Bool

    func render(_ context: PageContext) -> Response {
        let title = context.t("programmes.title")
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(title)),
                .p(.text(context.t("programmes.lead"))),
                DataTable(
                    caption: title,
                    columns: [
                        context.t("programme.name"), context.t("network.period"), context.t("programme.budget"), context.t("programme.projects"),
                    ],
                    numeric: [2, 3],
                    rows: programmes.map { p in
                        [
                            .link(p.name, href: context.link(.programme(p.id))),
                            .text(Formatting.period(p.startsOn, p.endsOn, context.language) ?? context.t("value.unknown")),
                            .number(ProgrammePage.budget(p.budgetCents, approximate: p.budgetApproximate, context)),
                            .number(Formatting.integer(p.projectCount)),
                        ]
                    }
                ).render(),
                .p(.a(.href("/api/v1/programmes?format=csv"), .text(context.t("programmes.csv")))),
                .if(canCreate, .p(.a(.class("button"), .href(context.link(.newProgramme)), .text(context.t("programme.new")))))
            ))
    }
}
