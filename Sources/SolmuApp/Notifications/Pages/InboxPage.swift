import Plot
import Vapor

/// The in-app inbox: what happened to the user's applications, newest first; unread ones marked.
struct InboxPage {
    var messages: [InboxMessage]

    func render(_ context: PageContext) -> Response {
        Layout.page(context, title: context.t("my.inbox"), main: .div(
            .h1(.text(context.t("my.inbox"))),
            messages.isEmpty ? .p(.text(context.t("my.noMessages"))) :
            .ul(.class("result-list"), .forEach(messages) { message in
                .li(.class(message.readAt == nil ? "result result--unread" : "result"),
                    .p(.if(message.readAt == nil, .strong(.text(context.t("my.unread") + " "))),
                       .text(InboxMessage.text(message, context.language))),
                    .p(.text(Formatting.dateTime(message.createdAt, context.language)),
                       .unwrap(message.$application.id) { .group(.text(" · "), .a(.href(context.link(.application($0))), .text(context.t("my.openApplication")))) }))
            })
        ))
    }
}
