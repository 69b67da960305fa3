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
        let labels = ["email": context.t("users.email"), "name": context.t("users.name"), "role": context.t("users.role"), "password": context.t("users.password")]
        let roles = User.Role.allCases.map { (value: $0.rawValue, label: context.t("role.\($0.rawValue)")) }
        return Layout.page(context, title: title, status: status, main: .div(
            .h1(.text(title)),
            .p(.a(.href(context.link(.personalData)), .text(context.t("users.personalData")))),
            .table(
                .caption(.text(context.t("users.tableCaption"))),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(labels["name"]!)),
                           .th(.attribute(named: "scope", value: "col"), .text(labels["email"]!)),
                           .th(.attribute(named: "scope", value: "col"), .text(labels["role"]!)),
                           .th(.attribute(named: "scope", value: "col"), .text(context.t("users.actions"))))),
                .tbody(.forEach(users) { user in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(user.name)),
                        .td(.text(user.email)),
                        .td(.text(context.t("role.\(user.role.rawValue)"))),
                        .td(user.isSelf ? .text(context.t("users.you")) : .form(.class("inline-form"), .action(context.link(.user(user.id))), .method(.post),
                            FormFields.csrf(context.csrfToken),
                            .input(.type(.hidden), .name("role"), .value(user.role == .admin ? "editor" : "admin")),
                            .button(.type(.submit), .name("action"), .value("role"), .class("link-button"),
                                    .text(context.t(user.role == .admin ? "users.makeEditor" : "users.makeAdmin", ["name": user.name]))),
                            .button(.type(.submit), .name("action"), .value("delete"), .class("link-button link-button--danger"),
                                    .text(context.t("users.remove", ["name": user.name])))
                        )))
                })
            ),
            .h2(.text(context.t("users.create"))),
            .form(.action(context.link(.users)), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                FormFields.csrf(context.csrfToken),
                FormFields.text("email", label: labels["email"]!, type: .email, required: true, autocomplete: "off", state, context),
                FormFields.text("name", label: labels["name"]!, required: true, autocomplete: "off", state, context),
                FormFields.select("role", label: labels["role"]!, required: true, emptyLabel: context.t("form.choose"), options: roles, state, context),
                FormFields.text("password", label: labels["password"]!, hint: context.t("users.passwordHint"), type: .password, required: true,
                                autocomplete: "new-password", FormState(values: [:], errors: state.errors.filter { $0.key == "password" }), context),
                .button(.type(.submit), .class("button"), .text(context.t("users.createSubmit")))
            )
        ))
    }
}
