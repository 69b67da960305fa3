import Plot
import Vapor

/// "Are you sure?" before anything is removed, as a page: no JavaScript needed.
struct ConfirmDeletePage {
    var name: String
    var action: String
    var cancel: String
    /// The breadcrumbs up to the page: the top-level list, then the thing being removed (its page).
    var trail: [(title: String, href: String)]

    func render(_ context: PageContext) -> Response {
        let title = context.t("delete.title", ["name": name])
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(steps: trail, current: title).render(context),
                .h1(.text(title)),
                .p(.text(context.t("delete.warning"))),
                .form(
                    .action(action), .method(.post),
                    FormFields.csrf(context.csrfToken),
                    .div(
                        .class("form-actions"),
                        .button(.type(.submit), .class("button button--danger"), .text(context.t("delete.confirm"))),
                        .a(.href(cancel), .text(context.t("form.cancel")))))
            ))
    }
}
