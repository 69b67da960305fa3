import Plot
import Vapor

/// The page behind a registration's private link: the place or the waiting-list position, a button to cancel,
/// and — while the workshop takes inputs — a form to send one. Nobody else can reach it: the link's secret is
/// known only to the person it was sent to.
struct RegistrationPage {
    var eventID: Int
    var eventTitle: LocalizedText
    var eventDates: EventDates
    /// The event's invitation code, when it is by invitation: the link back to it carries it.
    var invitationToken: String?
    var inputsOpen: Bool
    var name: String
    var email: String
    var registrationStatus: Registration.Status
    /// The place came from the waiting list.
    var promoted: Bool
    var token: String
    var waitingPosition: Int?
    /// Just registered (the page after the form), or just cancelled.
    var justRegistered = false
    var justCancelled = false
    /// The cancel button pressed again (or in two tabs): nothing to do, and said so.
    var alreadyCancelled = false
    var publicURL: String

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let title = eventTitle.display(context.language)
        let link = context.link(.registration(token))
        let eventLink = context.link(.event(eventID), query: ["invitation": invitationToken])
        return Layout.page(
            context, title: context.t("registration.yours"), status: status,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("events.title"), href: context.link(.events)), (title: title, href: eventLink)],
                    current: context.t("registration.yours")
                ).render(context),
                .h1(.text(context.t("registration.yours"))),
                .if(justRegistered, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("registration.thanks")))),
                .if(
                    justCancelled, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("registration.cancelledNotice")))),
                .if(
                    alreadyCancelled,
                    .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("registration.alreadyCancelled")))),
                .p(.class("registration-status"), .text(statusText(context))),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("event.title"))),
                    .dd(.a(.href(eventLink), .text(title))),
                    .dt(.text(context.t("event.when"))), .dd(.text(EventTime.text(eventDates, context.language))),
                    .dt(.text(context.t("registration.name"))), .dd(.text(name)),
                    .dt(.text(context.t("registration.email"))), .dd(.text(email))),
                .if(
                    registrationStatus != .cancelled,
                    .group(
                        .p(.text(context.t("registration.keepLink")), .text(" "), .code(.text(publicURL + link))),
                        .form(
                            .method(.post), .action(link),
                            .button(.type(.submit), .class("button button--danger"), .text(context.t("registration.cancel")))))),
                .if(
                    registrationStatus != .cancelled && inputsOpen,
                    .p(.a(.class("button"), .href(context.link(.newInput(eventID), query: ["registration": token])), .text(context.t("input.send")))))
            ))
    }

    private func statusText(_ context: PageContext) -> String {
        switch registrationStatus {
        case .confirmed: context.t(promoted ? "registration.statusPromoted" : "registration.statusConfirmed")
        case .waiting: context.t("registration.statusWaiting", ["position": "\(waitingPosition ?? 0)"])
        case .cancelled: context.t("registration.statusCancelled")
        }
    }
}
