import Plot

/// The trail from a top-level list down to the page: every step a link except the last, the page itself.
struct Breadcrumbs {
    var steps: [(title: String, href: String)]
    var current: String

    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        .nav(
            .class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
            .ol(
                .forEach(steps) { step in .li(.a(.href(step.href), .text(step.title))) },
                .li(.attribute(named: "aria-current", value: "page"), .text(current))))
    }
}
