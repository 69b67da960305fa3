import Plot
import Vapor

/// All networks: what they are, when, and how many members.
struct NetworksPage {
    var networks: [Network]
    var canCreate: Bool

    func render(_ context: PageContext) -> Response {
        let title = context.t("networks.title")
        return Layout.page(context, title: title, main: .div(
            .h1(.text(title)),
            .p(.class("lead"), .text(context.t("networks.lead"))),
            .if(canCreate, .p(.a(.class("button"), .href(context.link(.newNetwork)), .text(context.t("network.new"))))),
            .ul(.class("result-list"), .forEach(networks) { network in
                .li(.class("result"),
                    .h2(.class("result__title"), .a(.href(context.link(.network(network.id ?? 0))), .text(network.name))),
                    .p(.class("result__meta"), .text([
                        context.t(network.kind.labelKey),
                        Formatting.period(network.startsOn, network.endsOn, context.language),
                        context.t("network.memberCount", count: network.members.count),
                    ].compactMap { $0 }.joined(separator: " · "))),
                    .unwrap(network.purpose.resolved(context.language)) {
                        .p(.attribute(named: "lang", value: $0.language == context.language ? nil : $0.language.rawValue), .text($0.text))
                    })
            }),
            .p(.a(.href("/api/v1/networks?format=csv"), .text(context.t("networks.downloadCSV"))))
        ))
    }
}
