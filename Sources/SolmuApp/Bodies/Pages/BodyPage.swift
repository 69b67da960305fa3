import Plot
import Vapor

/// A governing body's public page: its members the way 6Aika publishes them — title, name, organisation and
/// position, with each member's deputy beside them.
struct BodyPage {
    var body: GoverningBody
    var meetings: [Meeting] = []
    var canEdit = false

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let title = body.name.display(language)
        func person(_ member: BodyMember) -> String {
            [member.person.title.resolved(language)?.text, member.person.name].compactMap { $0 }.joined(separator: " ")
        }
        return Layout.page(context, title: title, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.unwrap(body.programme) { .li(.a(.href(context.link(.programme($0.id ?? 0))), .text($0.name))) },
                     .unwrap(body.network) { .li(.a(.href(context.link(.network($0.id ?? 0))), .text($0.name))) },
                     .li(.text(title)))),
            .h1(.text(title)),
            .p(.text(context.t(body.kind.labelKey))),
            DataTable(caption: context.t("body.membersCaption", ["name": title]),
                      columns: [context.t("body.member"), context.t("network.organization"), context.t("body.position"), context.t("body.deputy")]
                        + (canEdit ? [context.t("users.actions")] : []),
                      rows: body.seats.map { seat in
                          [.text(person(seat.member)), .text(seat.member.organization?.name ?? "–"), .text(context.t(seat.member.position.labelKey)),
                           .text(seat.deputies.isEmpty ? "–" : seat.deputies.map { "\(person($0)), \($0.organization?.name ?? "–")" }.joined(separator: "; "))]
                          + (canEdit ? [.node(.group(.forEach([seat.member] + seat.deputies) { member in
                              .a(.class("inline-link"), .href(context.link(.editSeat(body.id ?? 0, member.id ?? 0))), .text(context.t("person.edit")),
                                 .span(.class("visually-hidden"), .text(": " + member.person.name)))
                          }))] : [])
                      }).render(),
            .if(canEdit, .section(.class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                .a(.class("button"), .href(context.link(.newSeat(body.id ?? 0))), .text(context.t("body.addSeat"))),
                .a(.class("button button--secondary"), .href(context.link(.editBody(body.id ?? 0))), .text(context.t("body.edit"))))),
            .p(.a(.href("/api/v1/bodies/\(body.id ?? 0)/members?format=csv"), .text(context.t("body.membersCSV")))),
            .section(.h2(.text(context.t("body.meetings"))),
                meetings.isEmpty ? .p(.text(context.t("body.noMeetings"))) :
                .ul(.forEach(meetings) { meeting in
                    .li(.a(.href(context.link(.meeting(body.id ?? 0, meeting.id ?? 0))), .text(Formatting.dateTime(meeting.startsAt, language))),
                        .text(" – " + (meeting.place ?? context.t("meeting.onlineOnly"))))
                }),
                .if(canEdit, .p(.a(.class("button"), .href(context.link(.newMeeting(body.id ?? 0))), .text(context.t("meeting.newLink"))))))
        ))
    }
}
