import Foundation
import Plot
import Vapor

/// A meeting's page: when and where, the agenda with each decision (internal ones only to insiders), who attended, minutes.
struct MeetingPage {
    /// An agenda item, with the name of the seat presenting it.
    struct Item {
        var number: Int
        var title: String
        var presenter: String?
        var decision: String?
        var decisionPublic: Bool
    }

    var bodyID: Int
    var bodyName: LocalizedText
    var id: Int
    var startsAt: Date
    var place: String?
    var onlineURL: String?
    /// In the agenda's order.
    var items: [Item]
    /// The names of the seats present, in the body's order.
    var present: [String]
    var minutes: String?
    var minutesPublic: Bool
    var insider: Bool
    var canEdit = false

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let bodyName = self.bodyName.display(language)
        let when = Formatting.dateTime(startsAt, language)
        let title = context.t("meeting.title", ["body": bodyName, "when": when])
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [(title: bodyName, href: context.link(.body(bodyID)))],
                    current: when
                ).render(context),
                .h1(.text(title)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("meeting.place"))), .dd(.text(place ?? "–")),
                    .dt(.text(context.t("meeting.online"))),
                    .dd(onlineURL.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? .text("–"))),
                .section(
                    .h2(.text(context.t("meeting.agenda"))),
                    items.isEmpty
                        ? .p(.text(context.t("meeting.noItems")))
                        : DataTable(
                            caption: context.t("meeting.agendaCaption", ["when": when]),
                            columns: [context.t("meeting.item"), context.t("meeting.presenter"), context.t("meeting.decision")],
                            rows: items.map { item in
                                let decision = insider || item.decisionPublic ? item.decision ?? "–" : context.t("meeting.internal")
                                return [.text("\(item.number). \(item.title)"), .text(item.presenter ?? "–"), .text(decision)]
                            }
                        ).render(),
                    .if(canEdit, .p(.a(.class("button"), .href(context.link(.newAgendaItem(bodyID, id))), .text(context.t("agendaItem.new")))))),
                .section(
                    .h2(.text(context.t("meeting.attendance"))),
                    present.isEmpty ? .p(.text(context.t("value.notGiven"))) : .ul(.forEach(present) { .li(.text($0)) })),
                .section(
                    .h2(.text(context.t("meeting.minutes"))),
                    .p(.text(insider || minutesPublic ? minutes ?? context.t("value.notGiven") : context.t("meeting.internal")))),
                .if(
                    canEdit,
                    .p(.a(.class("button button--secondary"), .href(context.link(.editMeeting(bodyID, id))), .text(context.t("meeting.edit")))))
            ))
    }
}
