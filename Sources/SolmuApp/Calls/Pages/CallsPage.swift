import Plot
import Vapor

/// Calls for applications: open ones first, then upcoming and closed; the office also sees its unpublished drafts.
struct CallsPage {
    /// One call as the list shows it.
    struct Row {
        var id: Int
        var title: CallTitle
        var programmeName: String
        var opensAt: Date
        var closesAt: Date
        var published: Bool
        var example: Bool
        /// Open for applications at the page's `now`.
        var isOpen: Bool
    }

    var calls: [Row]
    var now: Date

    func render(_ context: PageContext) -> Response {
        let open = calls.filter(\.isOpen)
        let upcoming = calls.filter { $0.published && $0.opensAt > now }
        let closed = calls.filter { $0.published && $0.closesAt <= now }
        let unpublished = calls.filter { !$0.published }
        return Layout.page(
            context, title: context.t("calls.title"),
            main: .div(
                .h1(.text(context.t("calls.title"))),
                .p(.class("lead"), .text(context.t("calls.lead"))),
                section("calls.open", open, context),
                section("calls.upcoming", upcoming, context),
                section("calls.closed", closed, context),
                .if(!unpublished.isEmpty, section("calls.unpublished", unpublished, context)),
                .p(.a(.href("/api/v1/calls?open=true"), .text(context.t("calls.json"))))
            ))
    }

    private func section(_ key: String, _ calls: [Row], _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t(key))),
            calls.isEmpty
                ? .p(.text(context.t("calls.none")))
                : .ul(
                    .class("result-list"),
                    .forEach(calls) { call in
                        .li(
                            .class("result"),
                            .h3(.class("result__title"), .a(.href(context.link(.call(call.id))), .text(call.title.numbered(context.language)))),
                            .p(
                                .text(
                                    "\(call.programmeName) · "
                                        + context.t(
                                            "call.period",
                                            [
                                                "opens": Formatting.dateTime(call.opensAt, context.language),
                                                "closes": Formatting.dateTime(call.closesAt, context.language),
                                            ]))),
                            .if(call.example, .p(.class("badge"), .text(context.t("call.example")))))
                    }))
    }
}
