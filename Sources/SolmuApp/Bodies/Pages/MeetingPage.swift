import Plot
import Vapor

/// A meeting's page: when and where, the agenda with each decision (internal ones only to insiders), who attended, minutes.
struct MeetingPage {
    var body: GoverningBody
    var meeting: Meeting
    var insider: Bool
    var canEdit = false

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let bodyName = body.name.display(language)
        let when = Formatting.dateTime(meeting.startsAt, language)
        let title = context.t("meeting.title", ["body": bodyName, "when": when])
        let seats = Dictionary(uniqueKeysWithValues: body.members.map { ($0.id ?? 0, $0) })
        let present = meeting.attendance.compactMap { seats[$0.$member.id] }.sorted { $0.order < $1.order }
        return Layout.page(context, title: title, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.body(body.id ?? 0))), .text(bodyName))), .li(.text(when)))),
            .h1(.text(title)),
            .dl(.class("facts"),
                .dt(.text(context.t("meeting.place"))), .dd(.text(meeting.place ?? "–")),
                .dt(.text(context.t("meeting.online"))),
                .dd(meeting.onlineURL.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? .text("–"))),
            .section(.h2(.text(context.t("meeting.agenda"))),
                meeting.items.isEmpty ? .p(.text(context.t("meeting.noItems"))) :
                DataTable(caption: context.t("meeting.agendaCaption", ["when": when]),
                          columns: [context.t("meeting.item"), context.t("meeting.presenter"), context.t("meeting.decision")],
                          rows: meeting.items.sorted { $0.number < $1.number }.map { item in
                              let decision = insider || item.decisionPublic ? item.decision ?? "–" : context.t("meeting.internal")
                              return [.text("\(item.number). \(item.title)"), .text(item.$presenter.id.flatMap { seats[$0]?.person.name } ?? "–"), .text(decision)]
                          }).render(),
                .if(canEdit, .p(.a(.class("button"), .href(context.link(.newAgendaItem(body.id ?? 0, meeting.id ?? 0))), .text(context.t("agendaItem.new")))))),
            .section(.h2(.text(context.t("meeting.attendance"))),
                present.isEmpty ? .p(.text(context.t("value.notGiven"))) : .ul(.forEach(present) { .li(.text($0.person.name)) })),
            .section(.h2(.text(context.t("meeting.minutes"))),
                .p(.text(insider || meeting.minutesPublic ? meeting.minutes ?? context.t("value.notGiven") : context.t("meeting.internal")))),
            .if(canEdit, .p(.a(.class("button button--secondary"), .href(context.link(.editMeeting(body.id ?? 0, meeting.id ?? 0))), .text(context.t("meeting.edit")))))
        ))
    }
}
