import Plot
import Vapor

/// The form to create or edit an organisation; shown again with the errors and everything typed.
struct OrganizationFormPage {
    var organizationID: Int?
    var organizationName: String?
    var state: FormState
    var options: AtlasOptions
    /// The organisation that already has the business ID typed (a refused save): named in the field's hint, so that the
    /// field's message says what is wrong and the hint who has the ID, and the error summary lists the message once.
    var businessIDHolder: String? = nil

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let stages = StartupStage.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let choices: [OrganizationForm.Key: FormFields.Options] = [
            .type: options.types, .municipalityCode: options.municipalities, .competences: options.competences, .stage: stages,
        ]
        return FormPage(
            title: organizationID == nil ? context.t("organization.new") : context.t("organization.editTitle", ["name": organizationName ?? ""]),
            action: organizationID.map { context.link(.editOrganization($0)) } ?? context.link(.newOrganization),
            cancel: organizationID.map { context.link(.organization($0)) } ?? context.link(.organizations),
            state: state,
            labels: OrganizationForm.summaryLabels(context),
            fields: OrganizationForm.fields.map { field in
                FormFields.draw(field, state, context, options: choices[field.key] ?? [], hint: hint(field.key, context))
            },
            submitLabel: context.t(organizationID == nil ? "organization.new" : "form.save"),
            breadcrumbs: [(title: context.t("atlas.search.title"), href: context.link(.organizations))]
                + (organizationID.map { [(title: organizationName ?? "", href: context.link(.organization($0)))] } ?? [])
        ).render(context, status: status)
    }

    /// The business ID's hint names the organisation that has the ID already; every other field keeps its own hint.
    private func hint(_ key: OrganizationForm.Key, _ context: PageContext) -> String? {
        guard key == .businessId, let holder = businessIDHolder else { return nil }
        return context.t("organization.businessId.heldBy", ["name": holder])
    }
}
