import Plot
import Vapor

/// The form to add or edit a contact person.
struct PersonFormPage {
    var personID: Int?
    var personName: String?
    var state: FormState
    var organizations: [(value: String, label: String)]

    static func state(from person: Person) -> FormState {
        FormState(values: [
            "name": person.name, "titleFi": person.titleFi ?? "", "titleSv": person.titleSv ?? "", "titleEn": person.titleEn ?? "",
            "organizationId": person.$organization.id.map(String.init) ?? "", "email": person.email ?? "", "phone": person.phone ?? "",
            "contactConsent": person.contactConsent ? "on" : "",
        ])
    }

    static func state(from form: PersonForm) -> FormState {
        FormState(values: [
            "name": form.name ?? "", "titleFi": form.titleFi ?? "", "titleSv": form.titleSv ?? "", "titleEn": form.titleEn ?? "",
            "organizationId": form.organizationId ?? "", "email": form.email ?? "", "phone": form.phone ?? "",
            "contactConsent": form.contactConsent == nil ? "" : "on",
        ])
    }

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = personID == nil ? context.t("person.new") : context.t("person.editTitle", ["name": personName ?? ""])
        let action = personID.map { context.link(.editPerson($0)) } ?? context.link(.newPerson)
        let labels = [
            "name": context.t("person.name"), "titleFi": context.t("person.titleFi"), "titleSv": context.t("person.titleSv"),
            "titleEn": context.t("person.titleEn"), "organizationId": context.t("person.organization"),
            "email": context.t("person.email"), "phone": context.t("person.phone"),
        ]
        let organizationID = state.value("organizationId")
        return Layout.page(context, title: title, status: status, main: .div(
            .h1(.text(title)),
            .form(.action(action), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                FormFields.csrf(context.csrfToken),
                FormFields.text("name", label: labels["name"]!, required: true, autocomplete: "off", state, context),
                FormFields.text("titleFi", label: labels["titleFi"]!, state, context),
                FormFields.text("titleSv", label: labels["titleSv"]!, state, context),
                FormFields.text("titleEn", label: labels["titleEn"]!, state, context),
                FormFields.select("organizationId", label: labels["organizationId"]!, emptyLabel: context.t("form.choose"), options: organizations, state, context),
                FormFields.text("email", label: labels["email"]!, type: .email, autocomplete: "off", state, context),
                FormFields.text("phone", label: labels["phone"]!, hint: context.t("person.phoneHint"), type: .tel, autocomplete: "off", state, context),
                FormFields.checkbox("contactConsent", label: context.t("person.contactConsent"), hint: context.t("person.contactConsentHint"),
                                    checked: state.value("contactConsent") == "on", context),
                .div(.class("form-actions"),
                    .button(.type(.submit), .class("button"), .text(context.t("form.save"))),
                    .a(.href(organizationID.isEmpty ? context.link(.organizations) : "/\(context.language.rawValue)/organizations/\(organizationID)"),
                       .text(context.t("form.cancel"))),
                    .unwrap(personID) { .a(.class("button button--danger"), .href(context.link(.deletePerson($0))), .text(context.t("person.delete"))) })
            )
        ))
    }
}
