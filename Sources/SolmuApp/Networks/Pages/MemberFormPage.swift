import Plot
import Vapor

/// Adding an organisation to a network, or changing its role, contact person and period.
struct MemberFormPage {
    var network: Network
    var memberID: Int?
    var memberName: String?
    var state: FormState
    var organizations: [(value: String, label: String)]
    var people: [(value: String, label: String)]

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let networkID = network.id ?? 0
        let title = memberID == nil ? context.t("network.addMemberTo", ["name": network.name])
            : context.t("network.editMember", ["name": memberName ?? "", "network": network.name])
        let action = memberID.map { context.link(.editMember(networkID, $0)) } ?? context.link(.newMember(networkID))
        let labels = [
            "organizationId": context.t("network.organization"), "role": context.t("network.role"),
            "contactPersonId": context.t("network.contact"), "startsOn": context.t("network.startsOn"), "endsOn": context.t("network.endsOn"),
        ]
        let roles = NetworkMember.Role.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return Layout.page(context, title: title, status: status, main: .div(
            .h1(.text(title)),
            .form(.action(action), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                FormFields.csrf(context.csrfToken),
                memberID == nil
                    ? FormFields.select("organizationId", label: labels["organizationId"]!, required: true, emptyLabel: context.t("form.choose"),
                                        options: organizations, state, context)
                    : .p(.strong(.text(labels["organizationId"]! + ": ")), .text(memberName ?? "")),
                FormFields.select("role", label: labels["role"]!, required: true, emptyLabel: context.t("form.choose"), options: roles, state, context),
                FormFields.select("contactPersonId", label: labels["contactPersonId"]!, hint: context.t("network.contactHint"),
                                  emptyLabel: context.t("network.noContact"), options: people, state, context),
                FormFields.text("startsOn", label: labels["startsOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.text("endsOn", label: labels["endsOn"]!, hint: context.t("date.hint"), state, context),
                .div(.class("form-actions"),
                    .button(.type(.submit), .class("button"), .text(context.t("form.save"))),
                    .a(.href(context.link(.network(networkID))), .text(context.t("form.cancel"))))
            ),
            .unwrap(memberID) { id in
                .form(.action(context.link(.editMember(networkID, id))), .method(.post),
                      FormFields.csrf(context.csrfToken),
                      .input(.type(.hidden), .name("remove"), .value("1")),
                      .button(.type(.submit), .class("button button--danger"), .text(context.t("network.removeMember", ["name": memberName ?? ""]))))
            }
        ))
    }
}
