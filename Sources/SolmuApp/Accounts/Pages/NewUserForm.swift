import Plot

/// An admin's form for a new user.
enum NewUserForm: FormDescription {
    enum Key: String, FormKey { case email, name, role, password }

    static var fields: [FormField<Key>] {
        [
            .text(.email, "users.email", type: .email, required: true, autocomplete: "off"),
            .text(.name, "users.name", required: true, autocomplete: "off"),
            .select(.role, "users.role", required: true),
            .text(.password, "users.password", type: .password, required: true, hint: "users.passwordHint", autocomplete: "new-password"),
        ]
    }
}
