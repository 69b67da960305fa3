/// A member of the consortium; the organisation is chosen only when adding it. Euros as typed (in the fields `…Cents`).
enum ApplicationPartnerForm: FormDescription {
    enum Key: String, FormKey { case organizationId, role, contactPersonId, budgetCents, requestedCents }

    static var fields: [FormField<Key>] {
        [
            .select(.organizationId, "network.organization", required: true), .select(.role, "network.role", required: true),
            .select(.contactPersonId, "network.contact", hint: "application.contactHint"),
            .text(.budgetCents, "application.budgetEuros", hint: "money.hint"),
            .text(.requestedCents, "application.requestedEuros", hint: "money.hint"),
        ]
    }

    /// The input, with the messages about amounts that could not be read.
    static func input(_ posted: FormValues<Self>) -> (PartnerInput, [String: String]) {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(posted[.budgetCents], field: Key.budgetCents.rawValue, into: &errors)
        let requested = MoneyField.parse(posted[.requestedCents], field: Key.requestedCents.rawValue, into: &errors)
        return (
            PartnerInput(
                organizationId: posted.int(.organizationId), role: posted.text(.role), contactPersonId: posted.int(.contactPersonId),
                budgetCents: budget, requestedCents: requested), errors
        )
    }

    /// The amounts in euros as `language` writes them.
    static func values(of partner: ApplicationPartner, _ language: Language) -> FormValues<Self> {
        FormValues([
            .organizationId: "\(partner.$organization.id)", .role: partner.role.rawValue,
            .contactPersonId: partner.$contactPerson.id.map(String.init),
            .budgetCents: MoneyField.text(partner.budgetCents, language), .requestedCents: MoneyField.text(partner.requestedCents, language),
        ])
    }
}
