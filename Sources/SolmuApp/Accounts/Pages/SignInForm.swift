import Plot

/// The sign-in form: an address and a password. (`next`, where to go after signing in, is a hidden field the page
/// adds when it has one; it is read apart.)
enum SignInForm: FormDescription {
    enum Key: String, FormKey { case email, password }

    static var fields: [FormField<Key>] {
        [
            .text(.email, "signIn.email", type: .email, required: true, autocomplete: "username"),
            .text(.password, "signIn.password", type: .password, required: true, autocomplete: "current-password"),
        ]
    }
}
