import Plot
import Vapor

/// The form to add or edit a contact person. Drawn here rather than by `FormPage`: its cancel link follows the chosen
/// organisation and an existing person's delete link sits among the form's actions.
struct PersonFormPage {
    var personID: Int?
    var personName: String?
    var state: FormState
    var organizations: FormFields.Options

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = personID == nil ? context.t("person.new") : context.t("person.editTitle", ["name": personName ?? ""])
        let action = personID.map { context.link(.editPerson($0)) } ?? context.link(.newPerson)
        let organizationID = state.value(PersonForm.Key.organizationId)
        // A person has no page of their own: the trail goes through the organisation they are listed under.
        var trail: [(title: String, href: String)] = [(title: context.t("atlas.search.title"), href: context.link(.organizations))]
        if let id = Int(organizationID), let organization = organizations.first(where: { $0.value == organizationID }) {
            trail.append((title: organization.label, href: context.link(.organization(id))))
        }
        return Layout.page(
            context, title: title, status: status,
            main: .div(
                Breadcrumbs(steps: trail, current: title).render(context),
                .h1(.text(title)),
                .form(
                    .action(action), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                    FormFields.errorSummary(state, context, labels: PersonForm.labels(context)),
                    FormFields.csrf(context.csrfToken),
                    .group(FormFields.draw(PersonForm.self, state, context, options: [.organizationId: organizations])),
                    .div(
                        .class("form-actions"),
                        .button(.type(.submit), .class("button"), .text(context.t(personID == nil ? "person.new" : "form.save"))),
                        .a(
                            .href(
                                organizationID.isEmpty
                                    ? context.link(.organizations) : "/\(context.language.rawValue)/organizations/\(organizationID)"),
                            .text(context.t("form.cancel"))),
                        .unwrap(personID) {
                            .a(.class("button button--danger"), .href(context.link(.deletePerson($0))), .text(context.t("person.delete")))
                        })
                )
            ))
    }
}
