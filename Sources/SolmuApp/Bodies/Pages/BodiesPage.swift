import Plot
import Vapor

/// Every governing body, grouped under the programme or network it belongs to: who decides what, and where the
/// members and meetings of each are.
struct BodiesPage {
    struct Row {
        var id: Int
        var name: LocalizedText
        var kind: GoverningBody.Kind
        var memberCount: Int
    }

    /// A programme or network and its bodies, by the owner's name.
    struct Owner {
        var name: String
        var href: String?
        var bodies: [Row]
    }

    var owners: [Owner]

    func render(_ context: PageContext) -> Response {
        let title = context.t("bodies.title")
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("bodies.lead"))),
                owners.isEmpty
                    ? EmptyState(text: context.t("bodies.none")).render()
                    : .forEach(owners) { owner in
                        .section(
                            .h2(owner.href.map { .a(.href($0), .text(owner.name)) } ?? .text(owner.name)),
                            .ul(
                                .class("cards"),
                                .forEach(owner.bodies) { body in
                                    .li(
                                        .class("card"),
                                        .h3(
                                            .class("card__title"), .a(.href(context.link(.body(body.id))), .text(body.name.display(context.language)))
                                        ),
                                        .p(
                                            .class("card__meta"),
                                            .text(context.t(body.kind.labelKey) + " · " + context.t("bodies.memberCount", count: body.memberCount))))
                                }))
                    }))
    }
}
