import Plot
import Vapor

/// The organiser's list of who registered: places first, then the waiting list in order, then cancellations;
/// attendance is marked here, and the whole list downloads as CSV. Personal data: organisers only.
struct ParticipantsPage {
    /// One registration as the organiser's list shows it.
    struct Row {
        var id: Int
        var name: String
        var organization: String?
        var email: String
        var status: Registration.Status
        /// 1 for the first on the waiting list; nil when not waiting.
        var waitingPosition: Int?
        var listConsent: Bool
        var contactConsent: Bool
        var attended: Bool
    }

    var eventID: Int
    var eventTitle: LocalizedText
    var capacity: Int?
    var rows: [Row]

    func render(_ context: PageContext) -> Response {
        let id = eventID
        let title = context.t("participants.title")
        let confirmed = rows.filter { $0.status == .confirmed }
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [
                        (title: context.t("events.title"), href: context.link(.events)),
                        (title: eventTitle.display(context.language), href: context.link(.event(id))),
                    ],
                    current: title
                ).render(context),
                .h1(.text(title)),
                .p(
                    .text(
                        context.t(
                            "participants.summary",
                            [
                                "confirmed": "\(confirmed.count)", "capacity": "\(capacity ?? 0)",
                                "waiting": "\(rows.filter { $0.status == .waiting }.count)",
                                "attended": "\(confirmed.filter { $0.attended }.count)",
                            ]))),
                .p(.a(.href("/api/v1/events/\(id)/registrations?format=csv"), .text(context.t("participants.csv")))),
                // The checkboxes sit in the table and belong to the form below it by their `form` attribute.
                DataTable(
                    caption: context.t("participants.caption"),
                    columns: [
                        context.t("registration.name"), context.t("registration.organization"), context.t("registration.email"),
                        context.t("participants.status"), context.t("participants.consents"), context.t("participants.attended"),
                    ],
                    rows: rows.map { registration in
                        [
                            .text(registration.name), .text(registration.organization ?? "–"), .text(registration.email),
                            .text(status(registration, context)), .text(consents(registration, context)),
                            registration.status == .confirmed
                                ? .node(
                                    .group(
                                        .input(
                                            .type(.checkbox), .id("attended-\(registration.id)"), .name("attended[]"), .value("\(registration.id)"),
                                            .attribute(named: "form", value: "attendance"), .checked(registration.attended)),
                                        .label(
                                            .attribute(named: "for", value: "attended-\(registration.id)"), .class("visually-hidden"),
                                            .text(context.t("participants.attendedOf", ["name": registration.name])))))
                                : .text("–"),
                        ]
                    }
                ).render(),
                .form(
                    .id("attendance"), .method(.post), .action(context.link(.participants(id))),
                    FormFields.csrf(context.csrfToken),
                    .div(.class("form-actions"), .button(.type(.submit), .class("button"), .text(context.t("participants.saveAttendance")))))
            ))
    }

    private func status(_ registration: Row, _ context: PageContext) -> String {
        switch registration.status {
        case .waiting: context.t("participants.waiting", ["position": "\(registration.waitingPosition ?? 0)"])
        default: context.t(registration.status.labelKey)
        }
    }

    private func consents(_ registration: Row, _ context: PageContext) -> String {
        [
            registration.listConsent ? context.t("participants.listed") : nil,
            registration.contactConsent ? context.t("participants.contactable") : nil,
        ]
        .compactMap { $0 }.joined(separator: ", ").nonEmptyText ?? "–"
    }
}
