import Plot
import Vapor

/// Sign-in with e-mail and password.
struct SignInPage {
    var state: FormState
    var next: String?

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = context.t("signIn.title")
        let labels = ["email": context.t("signIn.email"), "password": context.t("signIn.password")]
        return Layout.page(context, title: title, status: status, main: .div(.class("narrow"),
            .h1(.text(title)),
            .form(.action(context.link(.signIn)), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                FormFields.csrf(context.csrfToken),
                .unwrap(next) { .input(.type(.hidden), .name("next"), .value($0)) },
                FormFields.text("email", label: labels["email"]!, type: .email, required: true, autocomplete: "username", state, context),
                FormFields.text("password", label: labels["password"]!, type: .password, required: true, autocomplete: "current-password",
                                FormState(values: [:], errors: state.errors.filter { $0.key == "password" }), context),
                .button(.type(.submit), .class("button"), .text(context.t("signIn.submit")))
            )
        ))
    }
}
