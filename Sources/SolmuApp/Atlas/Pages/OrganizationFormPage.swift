import Plot
import Vapor

/// The form to create or edit an organisation; shown again with the errors and everything typed.
struct OrganizationFormPage {
    var organizationID: Int?
    var organizationName: String?
    var state: FormState
    var options: AtlasOptions

    static func state(from organization: Organization) -> FormState {
        FormState(values: [
            "name": organization.name, "type": organization.type.rawValue, "businessId": organization.businessID ?? "",
            "municipalityCode": organization.$municipality.id ?? "", "website": organization.website ?? "",
            "descriptionFi": organization.descriptionFi ?? "", "descriptionSv": organization.descriptionSv ?? "",
            "descriptionEn": organization.descriptionEn ?? "", "foundedYear": organization.foundedYear.map(String.init) ?? "",
            "sector": organization.sector ?? "", "stage": organization.stage?.rawValue ?? "",
        ], multiValues: ["competences": Set(organization.competences.compactMap(\.id))])
    }

    static func state(from form: OrganizationForm) -> FormState {
        FormState(values: [
            "name": form.name ?? "", "type": form.type ?? "", "businessId": form.businessId ?? "",
            "municipalityCode": form.municipalityCode ?? "", "website": form.website ?? "",
            "descriptionFi": form.descriptionFi ?? "", "descriptionSv": form.descriptionSv ?? "",
            "descriptionEn": form.descriptionEn ?? "", "foundedYear": form.foundedYear ?? "",
            "sector": form.sector ?? "", "stage": form.stage ?? "",
        ], multiValues: ["competences": Set(form.competences ?? [])])
    }

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = organizationID == nil ? context.t("organization.new") : context.t("organization.editTitle", ["name": organizationName ?? ""])
        let action = organizationID.map { context.link(.editOrganization($0)) } ?? context.link(.newOrganization)
        let labels = [
            "name": context.t("organization.name"), "type": context.t("organization.type"),
            "businessId": context.t("organization.businessId"), "municipalityCode": context.t("organization.municipality"),
            "website": context.t("organization.website"), "description": context.t("organization.description"),
            "descriptionFi": context.t("organization.descriptionFi"), "descriptionSv": context.t("organization.descriptionSv"),
            "descriptionEn": context.t("organization.descriptionEn"), "competences": context.t("organization.competences"),
            "foundedYear": context.t("organization.foundedYear"),
            "sector": context.t("organization.sector"), "stage": context.t("organization.stage"),
        ]
        return Layout.page(context, title: title, status: status, main: .div(
            .h1(.text(title)),
            .form(.action(action), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                FormFields.csrf(context.csrfToken),
                FormFields.text("name", label: labels["name"]!, hint: context.t("organization.nameHint"), required: true, autocomplete: "organization", state, context),
                FormFields.select("type", label: labels["type"]!, required: true, emptyLabel: context.t("form.choose"), options: options.types, state, context),
                FormFields.text("businessId", label: labels["businessId"]!, hint: context.t("organization.businessIdHint"), state, context),
                FormFields.select("municipalityCode", label: labels["municipalityCode"]!, emptyLabel: context.t("form.choose"), options: options.municipalities, state, context),
                FormFields.text("website", label: labels["website"]!, hint: context.t("organization.websiteHint"), type: .url, autocomplete: "url", state, context),
                FormFields.textArea("descriptionFi", label: labels["descriptionFi"]!, lang: .fi, state, context),
                FormFields.textArea("descriptionSv", label: labels["descriptionSv"]!, lang: .sv, state, context),
                FormFields.textArea("descriptionEn", label: labels["descriptionEn"]!, lang: .en, state, context),
                FormFields.checkboxes("competences", legend: labels["competences"]!, options: options.competences, state, context),
                FormFields.text("foundedYear", label: labels["foundedYear"]!, hint: context.t("organization.foundedYearHint"), state, context),
                FormFields.text("sector", label: labels["sector"]!, hint: context.t("organization.startupHint"), state, context),
                FormFields.select("stage", label: labels["stage"]!, hint: context.t("organization.startupHint"), emptyLabel: context.t("form.choose"),
                                  options: StartupStage.allCases.map { ($0.rawValue, context.t($0.labelKey)) }, state, context),
                .div(.class("form-actions"),
                    .button(.type(.submit), .class("button"), .text(context.t("form.save"))),
                    .a(.href(organizationID.map { context.link(.organization($0)) } ?? context.link(.organizations)), .text(context.t("form.cancel"))))
            )
        ))
    }
}
