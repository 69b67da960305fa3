import Plot
import Vapor

/// Admins see every user, create new ones, change roles and remove users.
struct UsersPage {
    struct Row {
        var id: UUID
        var name: String
        var email: String
        var role: User.Role
        var isSelf: Bool
    }

    var users: [Row]
    var state: FormState

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = context.t("users.title")
        func label(_ key: NewUserForm.Key) -> String { context.t(NewUserForm.field(key).labelKey) }
        let roles = User.Role.allCases.map { (value: $0.rawValue, label: context.t("role.\($0.rawValue)")) }
        return Layout.page(
            context, title: title, status: status,
            main: .div(
                .h1(.text(title)),
                .p(.a(.href(context.link(.personalData)), .text(context.t("users.personalData")))),
                .scrolling(
                    context.t("users.tableCaption"),
                    .table(
                        .caption(.text(context.t("users.tableCaption"))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(label(.name))),
                                .th(.attribute(named: "scope", value: "col"), .text(label(.email))),
                                .th(.attribute(named: "scope", value: "col"), .text(label(.role))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("users.actions"))))),
                        .tbody(
                            .forEach(users) { user in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(user.name)),
                                    .td(.text(user.email)),
                                    .td(.text(context.t("role.\(user.role.rawValue)"))),
                                    .td(
                                        user.isSelf
                                            ? .text(context.t("users.you"))
                                            : .form(
                                                .class("inline-form"), .action(context.link(.user(user.id))), .method(.post),
                                                FormFields.csrf(context.csrfToken),
                                                .input(.type(.hidden), .name("role"), .value(user.role == .admin ? "editor" : "admin")),
                                                .button(
                                                    .type(.submit), .name("action"), .value("role"), .class("link-button"),
                                                    .text(
                                                        context.t(user.role == .admin ? "users.makeEditor" : "users.makeAdmin", ["name": user.name]))),
                                                .button(
                                                    .type(.submit), .name("action"), .value("delete"), .class("link-button link-button--danger"),
                                                    .text(context.t("users.remove", ["name": user.name])))
                                            )))
                            })
                    )),
                .h2(.text(context.t("users.create"))),
                .form(
                    .action(context.link(.users)), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                    FormFields.errorSummary(state, context, labels: NewUserForm.labels(context)),
                    FormFields.csrf(context.csrfToken),
                    .group(FormFields.draw(NewUserForm.self, state, context, options: [.role: roles], except: [.password])),
                    // Never filled in again: only its message.
                    FormFields.draw(
                        NewUserForm.self, .password, FormState(errors: state.errors.filter { $0.key == NewUserForm.Key.password.rawValue }), context),
                    .button(.type(.submit), .class("button"), .text(context.t("users.createSubmit")))
                )
            ))
    }
}
