import Plot
import Vapor

/// The organiser's list of who registered: places first, then the waiting list in order, then cancellations;
/// attendance is marked here, and the whole list downloads as CSV. Personal data: organisers only.
struct ParticipantsPage {
    var event: Event
    var rows: [(Registration, waitingPosition: Int?)]

    func render(_ context: PageContext) -> Response {
        let id = event.id ?? 0
        let title = context.t("participants.title")
        let confirmed = rows.filter { $0.0.status == .confirmed }
        return Layout.page(context, title: title, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.events)), .text(context.t("events.title")))),
                     .li(.a(.href(context.link(.event(id))), .text(event.title.display(context.language)))), .li(.text(title)))),
            .h1(.text(title)),
            .p(.text(context.t("participants.summary", ["confirmed": "\(confirmed.count)", "capacity": "\(event.capacity ?? 0)",
                                                        "waiting": "\(rows.filter { $0.0.status == .waiting }.count)",
                                                        "attended": "\(confirmed.filter { $0.0.attended }.count)"]))),
            .p(.a(.href("/api/v1/events/\(id)/registrations?format=csv"), .text(context.t("participants.csv")))),
            // The checkboxes sit in the table and belong to the form below it by their `form` attribute.
            DataTable(caption: context.t("participants.caption"),
                          columns: [context.t("registration.name"), context.t("registration.organization"), context.t("registration.email"),
                                    context.t("participants.status"), context.t("participants.consents"), context.t("participants.attended")],
                          rows: rows.map { registration, position in
                              [.text(registration.name), .text(registration.organization ?? "–"), .text(registration.email),
                               .text(status(registration, position, context)), .text(consents(registration, context)),
                               registration.status == .confirmed
                                ? .node(.group(
                                    .input(.type(.checkbox), .id("attended-\(registration.id ?? 0)"), .name("attended[]"), .value("\(registration.id ?? 0)"),
                                           .attribute(named: "form", value: "attendance"), .checked(registration.attended)),
                                    .label(.attribute(named: "for", value: "attended-\(registration.id ?? 0)"), .class("visually-hidden"),
                                           .text(context.t("participants.attendedOf", ["name": registration.name])))))
                                : .text("–")]
                          }).render(),
            .form(.id("attendance"), .method(.post), .action(context.link(.participants(id))),
                FormFields.csrf(context.csrfToken),
                .div(.class("form-actions"), .button(.type(.submit), .class("button"), .text(context.t("participants.saveAttendance")))))
        ))
    }

    private func status(_ registration: Registration, _ position: Int?, _ context: PageContext) -> String {
        switch registration.status {
        case .waiting: context.t("participants.waiting", ["position": "\(position ?? 0)"])
        default: context.t(registration.status.labelKey)
        }
    }

    private func consents(_ registration: Registration, _ context: PageContext) -> String {
        [registration.listConsent ? context.t("participants.listed") : nil, registration.contactConsent ? context.t("participants.contactable") : nil]
            .compactMap { $0 }.joined(separator: ", ").nonEmptyText ?? "–"
    }
}
