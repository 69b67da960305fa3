import Plot
import Vapor

/// The keepers' forms for a body itself and for its seats.
enum BodyForms {
    typealias Options = [(value: String, label: String)]

    static func body(programme: Programme?, body: GoverningBody?, state: FormState, _ context: PageContext) -> FormPage {
        var state = state
        if let error = state.errors.removeValue(forKey: "name") { state.errors["nameFi"] = error }
        let labels = ["nameFi": context.t("body.nameFi"), "nameSv": context.t("body.nameSv"), "nameEn": context.t("body.nameEn"), "kind": context.t("body.kind")]
        let kinds = GoverningBody.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let action = body.map { context.link(.editBody($0.id ?? 0)) } ?? context.link(.newBody(programme?.id ?? 0))
        let cancel = body.map { context.link(.body($0.id ?? 0)) } ?? context.link(.programme(programme?.id ?? 0))
        return FormPage(
            title: body.map { context.t("body.editTitle", ["name": $0.name.display(context.language)]) } ?? context.t("body.new", ["programme": programme?.name ?? ""]),
            action: action, cancel: cancel, state: state, labels: labels,
            fields: [
                FormFields.text("nameFi", label: labels["nameFi"]!, required: true, state, context),
                FormFields.text("nameSv", label: labels["nameSv"]!, state, context),
                FormFields.text("nameEn", label: labels["nameEn"]!, state, context),
                FormFields.select("kind", label: labels["kind"]!, required: true, emptyLabel: context.t("form.choose"), options: kinds, state, context),
            ],
            removal: body.map { _ in (action, context.t("body.remove")) })
    }

    static func seat(_ body: GoverningBody, seat: BodyMember?, people: Options, organizations: Options, state: FormState, _ context: PageContext) -> FormPage {
        let id = body.id ?? 0
        let labels = ["personId": context.t("body.member"), "organizationId": context.t("network.organization"), "position": context.t("body.position"),
                      "deputyOfId": context.t("body.deputyOf"), "startsOn": context.t("body.termStart"), "endsOn": context.t("body.termEnd")]
        let positions = BodyMember.Position.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let seats = body.seats.map(\.member).filter { $0.id != seat?.id }.map { (value: "\($0.id ?? 0)", label: $0.person.name) }
        let action = seat.map { context.link(.editSeat(id, $0.id ?? 0)) } ?? context.link(.newSeat(id))
        return FormPage(
            title: seat.map { context.t("body.editSeat", ["name": $0.person.name]) } ?? context.t("body.addSeat"),
            action: action, cancel: context.link(.body(id)), state: state, labels: labels, lead: body.name.display(context.language),
            fields: [
                FormFields.select("personId", label: labels["personId"]!, required: true, emptyLabel: context.t("form.choose"), options: people, state, context),
                FormFields.select("organizationId", label: labels["organizationId"]!, hint: context.t("body.organizationHint"), emptyLabel: context.t("form.choose"),
                                  options: organizations, state, context),
                FormFields.select("position", label: labels["position"]!, required: true, emptyLabel: context.t("form.choose"), options: positions, state, context),
                FormFields.select("deputyOfId", label: labels["deputyOfId"]!, hint: context.t("body.deputyHint"), emptyLabel: context.t("body.notDeputy"),
                                  options: seats, state, context),
                FormFields.text("startsOn", label: labels["startsOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.text("endsOn", label: labels["endsOn"]!, hint: context.t("date.hint"), state, context),
            ],
            removal: seat.map { (action, context.t("body.removeSeat", ["name": $0.person.name])) })
    }
}
