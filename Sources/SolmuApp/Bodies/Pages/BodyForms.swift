import Plot
import Vapor

/// The keepers' forms for a body itself and for its seats.
enum BodyForms {
    typealias Options = [(value: String, label: String)]

    /// The breadcrumbs down to a body's forms: the bodies, then the body when there is one.
    static func trail(_ body: GoverningBody?, _ context: PageContext) -> [(title: String, href: String)] {
        [(title: context.t("bodies.title"), href: context.link(.bodies))]
            + (body.map { [(title: $0.name.display(context.language), href: context.link(.body($0.id ?? 0)))] } ?? [])
    }

    static func body(programme: Programme?, body: GoverningBody?, state: FormState, _ context: PageContext) -> FormPage {
        var state = state
        if let error = state.errors.removeValue(forKey: "name") { state.errors["nameFi"] = error }
        let kinds = GoverningBody.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let action = body.map { context.link(.editBody($0.id ?? 0)) } ?? context.link(.newBody(programme?.id ?? 0))
        let cancel = body.map { context.link(.body($0.id ?? 0)) } ?? context.link(.programme(programme?.id ?? 0))
        return FormPage(
            BodyForm.self,
            title: body.map { context.t("body.editTitle", ["name": $0.name.display(context.language)]) }
                ?? context.t("body.new", ["programme": programme?.name ?? ""]),
            action: action, cancel: cancel, state: state,
            fields: FormFields.draw(BodyForm.self, state, context, options: [.kind: kinds]),
            submitLabel: context.t(body == nil ? "body.newButton" : "form.save"),
            removal: body.map { _ in (action, context.t("body.remove")) },
            breadcrumbs: trail(body, context),
            context: context)
    }

    static func seat(_ body: GoverningBody, seat: BodyMember?, people: Options, organizations: Options, state: FormState, _ context: PageContext)
        -> FormPage
    {
        let id = body.id ?? 0
        let positions = BodyMember.Position.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let seats = body.seats.map(\.member).filter { $0.id != seat?.id }.map { (value: "\($0.id ?? 0)", label: $0.person.name) }
        let action = seat.map { context.link(.editSeat(id, $0.id ?? 0)) } ?? context.link(.newSeat(id))
        return FormPage(
            SeatForm.self,
            title: seat.map { context.t("body.editSeat", ["name": $0.person.name]) } ?? context.t("body.addSeat"),
            action: action, cancel: context.link(.body(id)), state: state, lead: body.name.display(context.language),
            fields: FormFields.draw(
                SeatForm.self, state, context,
                options: [.personId: people, .organizationId: organizations, .position: positions, .deputyOfId: seats]),
            submitLabel: context.t(seat == nil ? "body.addSeat" : "form.save"),
            removal: seat.map { (action, context.t("body.removeSeat", ["name": $0.person.name])) },
            breadcrumbs: trail(body, context),
            context: context)
    }
}
