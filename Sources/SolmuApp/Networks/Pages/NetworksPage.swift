import Plot
import Vapor

/// All networks: what they are, when, and how many members.
struct NetworksPage {
    /// One network as the list shows it.
    struct Row {
        var id: Int
        var name: String
        var kind: Network.Kind
        var startsOn: String?
        var endsOn: String?
        var memberCount: Int
        var purpose: LocalizedText
    }

    var networks: [Row]
    var canCreate: Bool

    func render(_ context: PageContext) -> Response {
        let title = context.t("networks.title")
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("networks.lead"))),
                .if(canCreate, .p(.a(.class("button"), .href(context.link(.newNetwork)), .text(context.t("network.new"))))),
                .ul(
                    .class("result-list"),
                    .forEach(networks) { network in
                        .li(
                            .class("result"),
                            .h2(.class("result__title"), .a(.href(context.link(.network(network.id))), .text(network.name))),
                            .p(
                                .class("result__meta"),
                                .text(
                                    [
                                        context.t(network.kind.labelKey),
                                        Formatting.period(network.startsOn, network.endsOn, context.language),
                                        context.t("network.memberCount", count: network.memberCount),
                                    ].compactMap { $0 }.joined(separator: " · "))),
                            .unwrap(network.purpose.resolved(context.language)) {
                                .p(.attribute(named: "lang", value: $0.language == context.language ? nil : $0.language.rawValue), .text($0.text))
                            })
                    }),
                .p(.a(.href("/api/v1/networks?format=csv"), .text(context.t("networks.downloadCSV"))))
            ))
    }
}
