import Foundation

/// The implementer form: the organisation is chosen only when adding; the budget share is typed in euros in a field
/// named like the API's cents.
enum ImplementerForm: FormDescription {
    enum Key: String, FormKey { case organizationId, role, contactPersonId, budgetCents }

    static var fields: [FormField<Key>] {
        [
            .select(.organizationId, "network.organization", required: true), .select(.role, "network.role", required: true),
            .select(.contactPersonId, "network.contact", empty: "network.noContact", hint: "network.contactHint"),
            .text(.budgetCents, "project.budgetShareEuros", hint: "money.hint"),
        ]
    }

    /// 422 when the budget share is not an amount.
    static func input(_ posted: FormValues<Self>) throws -> ImplementerInput {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(posted[.budgetCents], field: Key.budgetCents.rawValue, into: &errors)
        if !errors.isEmpty { throw Problem.validation(errors) }
        return ImplementerInput(
            organizationId: posted.int(.organizationId), role: posted[.role], contactPersonId: posted.int(.contactPersonId),
            budgetCents: budget)
    }

    static func values(of implementer: ProjectImplementer, _ language: Language) -> FormValues<Self> {
        FormValues([
            .role: implementer.role.rawValue, .contactPersonId: implementer.$contactPerson.id.map(String.init),
            .budgetCents: MoneyField.text(implementer.budgetCents, language),
        ])
    }
}
