import Plot
import Vapor

/// Adding an organisation to a network, or changing its role, contact person and period (or removing it).
struct MemberFormPage {
    var networkID: Int
    var networkName: String
    var memberID: Int?
    var memberName: String?
    var state: FormState
    var organizations: FormFields.Options
    var people: FormFields.Options

    /// The form's frame with these fields (`FormRoute` draws it).
    func formPage(_ context: PageContext) -> FormPage {
        let roles = NetworkMember.Role.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let organization: Node<HTML.FormContext> =
            memberID == nil
            ? FormFields.draw(MemberForm.self, .organizationId, state, context, options: organizations)
            : .p(.strong(.text(context.t(MemberForm.field(.organizationId).labelKey) + ": ")), .text(memberName ?? ""))
        return FormPage(
            MemberForm.self,
            title: memberID == nil
                ? context.t("network.addMemberTo", ["name": networkName])
                : context.t("network.editMember", ["name": memberName ?? "", "network": networkName]),
            action: memberID.map { context.link(.editMember(networkID, $0)) } ?? context.link(.newMember(networkID)),
            cancel: context.link(.network(networkID)),
            state: state,
            fields: [organization]
                + FormFields.draw(
                    MemberForm.self, state, context, options: [.role: roles, .contactPersonId: people],
                    except: [.organizationId]),
            submitLabel: context.t(memberID == nil ? "network.addMember" : "form.save"),
            removal: memberID.map { (context.link(.editMember(networkID, $0)), context.t("network.removeMember", ["name": memberName ?? ""])) },
            breadcrumbs: [
                (title: context.t("networks.title"), href: context.link(.networks)), (title: networkName, href: context.link(.network(networkID))),
            ],
            context: context)
    }
}
