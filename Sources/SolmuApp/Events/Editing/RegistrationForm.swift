/// The registration form. The invitation link's code rides along hidden: it is not a field the visitor fills, so the
/// page and the handler carry it beside the form's values.
enum RegistrationForm: FormDescription {
    enum Key: String, FormKey { case name, organization, email, listConsent, contactConsent }

    static var fields: [FormField<Key>] {
        [
            .text(.name, "registration.name", required: true, autocomplete: "name"),
            .text(.organization, "registration.organization", autocomplete: "organization"),
            .text(.email, "registration.email", type: .email, required: true, hint: "registration.emailHint", autocomplete: "email"),
            .checkbox(.listConsent, "registration.listConsent"), .checkbox(.contactConsent, "registration.contactConsent"),
        ]
    }

    static func details(_ posted: FormValues<Self>, invitation: String?, language: Language) -> RegistrationDetails {
        RegistrationDetails(
            name: posted[.name], organization: posted[.organization], email: posted[.email], listConsent: posted.isOn(.listConsent),
            contactConsent: posted.isOn(.contactConsent), invitation: invitation.nonEmpty, language: language)
    }

    /// A signed-in visitor's name and e-mail address, filled in already.
    static func values(for user: User?) -> FormValues<Self> {
        FormValues([.name: user?.name, .email: user?.email])
    }
}
