import Plot
import Vapor

/// The 19 regions (maakunnat): a map shaded by organisations and the same figures as a table.
struct RegionsPage {
    struct Row {
        var code: String
        var name: String
        var municipalities: Int
        var organizations: Int
    }

    var rows: [Row]

    func render(_ context: PageContext) -> Response {
        let title = context.t("regions.title")
        let map = FinlandMap.svg(
            rows.map { FinlandMap.Area(code: $0.code, name: $0.name, value: $0.organizations, rings: RegionShapes.byCode[$0.code] ?? []) },
            title: context.t("regions.mapTitle"),
            valueLabel: { context.t("regions.organizationCount", count: $0) })
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(title)),
                .p(.text(context.t("regions.lead"))),
                MapAndTable.render(
                    map: map,
                    legend: .group(
                        .p(.text(context.t("regions.mapCaption"))),
                        MapLegend.shades(rows.map(\.organizations)) { context.t("regions.legendRange", ["range": $0]) }),
                    table: .scrolling(
                        context.t("regions.tableCaption"),
                        .table(
                            .caption(.text(context.t("regions.tableCaption"))),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("regions.region"))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("regions.municipalities"))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("regions.organizations"))))),
                            .tbody(
                                .forEach(rows) { row in
                                    .tr(
                                        .th(.attribute(named: "scope", value: "row"), .a(.href(context.link(.region(row.code))), .text(row.name))),
                                        .td(.class("number"), .text(Formatting.integer(row.municipalities))),
                                        .td(.class("number"), .text(Formatting.integer(row.organizations))))
                                })
                        ))
                )
            ))
    }
}
