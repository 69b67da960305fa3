import Plot
import Vapor

/// The in-app inbox: what happened to the user's applications, newest first; unread ones marked.
struct InboxPage {
    /// One message as the inbox shows it.
    struct Message {
        /// The message in the page's language.
        var text: String
        var createdAt: Date
        var unread: Bool
        var applicationID: Int?
    }

    var messages: [Message]

    func render(_ context: PageContext) -> Response {
        Layout.page(
            context, title: context.t("my.inbox"),
            main: .div(
                .h1(.text(context.t("my.inbox"))),
                messages.isEmpty
                    ? .p(.text(context.t("my.noMessages")))
                    : .ul(
                        .class("result-list"),
                        .forEach(messages) { message in
                            .li(
                                .class(message.unread ? "result result--unread" : "result"),
                                .p(
                                    .if(message.unread, .strong(.text(context.t("my.unread") + " "))),
                                    .text(message.text)),
                                .p(
                                    .text(Formatting.dateTime(message.createdAt, context.language)),
                                    .unwrap(message.applicationID) {
                                        .group(.text(" · "), .a(.href(context.link(.application($0))), .text(context.t("my.openApplication"))))
                                    }))
                        })
            ))
    }
}
