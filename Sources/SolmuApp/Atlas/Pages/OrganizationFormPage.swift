import Plot
import Vapor

/// The form to create or edit an organisation; shown again with the errors and everything typed.
struct OrganizationFormPage {
    var organizationID: Int?
    var organizationName: String?
    var state: FormState
    var options: AtlasOptions

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let stages = StartupStage.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return FormPage(
            title: organizationID == nil ? context.t("organization.new") : context.t("organization.editTitle", ["name": organizationName ?? ""]),
            action: organizationID.map { context.link(.editOrganization($0)) } ?? context.link(.newOrganization),
            cancel: organizationID.map { context.link(.organization($0)) } ?? context.link(.organizations),
            state: state,
            labels: OrganizationForm.summaryLabels(context),
            fields: FormFields.draw(
                OrganizationForm.self, state, context,
                options: [
                    .type: options.types, .municipalityCode: options.municipalities,
                    .competences: options.competences, .stage: stages,
                ])
        ).render(context, status: status)
    }
}
