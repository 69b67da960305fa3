import Plot
import Vapor

/// Sign-in with e-mail and password.
struct SignInPage {
    var state: FormState
    var next: String?

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = context.t("signIn.title")
        return Layout.page(
            context, title: title, status: status,
            main: .div(
                .class("narrow"),
                .h1(.text(title)),
                .form(
                    .action(context.link(.signIn)), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                    FormFields.errorSummary(state, context, labels: SignInForm.labels(context)),
                    FormFields.csrf(context.csrfToken),
                    .unwrap(next) { .input(.type(.hidden), .name("next"), .value($0)) },
                    FormFields.draw(SignInForm.self, .email, state, context),
                    // Never filled in again: only its message.
                    FormFields.draw(
                        SignInForm.self, .password, FormState(errors: state.errors.filter { $0.key == SignInForm.Key.password.rawValue }), context),
                    .button(.type(.submit), .class("button"), .text(context.t("signIn.submit")))
                )
            ))
    }
}
