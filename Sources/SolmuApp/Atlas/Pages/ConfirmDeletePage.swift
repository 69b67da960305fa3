import Plot
import Vapor

/// "Are you sure?" before anything is removed, as a page: no JavaScript needed.
struct ConfirmDeletePage {
    var name: String
    var action: String
    var cancel: String

    func render(_ context: PageContext) -> Response {
        let title = context.t("delete.title", ["name": name])
        return Layout.page(
            context, title: title,
            main: .div(
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
