import Foundation
import Plot
import Vapor

/// A governing body's public page: its members the way 6Aika publishes them — title, name, organisation and
/// position, with each member's deputy beside them. A part with nothing in it is left out; its keepers see instead a line
/// with the link to add what is missing.
struct BodyPage {
    /// A programme or network the body belongs to.
    struct Link {
        var id: Int
        var name: String
    }

    /// A seat as the page lists it: the person (with their title), the organisation they represent and their position.
    struct Member {
        var id: Int
        var name: String
        var title: LocalizedText
        var organization: String?
        var position: BodyMember.Position
    }

    /// A member who is not a deputy, with their deputies.
    struct Seat {
        var member: Member
        var deputies: [Member]
    }

    struct MeetingRow {
        var id: Int
        var startsAt: Date
        var place: String?
    }

    var id: Int
    var name: LocalizedText
    var kind: GoverningBody.Kind
    var programme: Link?
    var network: Link?
    /// In the body's order.
    var seats: [Seat]
    /// Latest first.
    var meetings: [MeetingRow] = []
    var canEdit = false

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let title = name.display(language)
        func person(_ member: Member) -> String {
            [member.title.resolved(language)?.text, member.name].compactMap { $0 }.joined(separator: " ")
        }
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [
                        programme.map { (title: $0.name, href: context.link(.programme($0.id))) },
                        network.map { (title: $0.name, href: context.link(.network($0.id))) },
                    ].compactMap { $0 },
                    current: title
                ).render(context),
                .h1(.text(title)),
                .p(.text(context.t(kind.labelKey))),
                seats.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "body.noSeats", add: ("body.addSeat", context.link(.newSeat(id))), context)
                    : DataTable(
                        caption: context.t("body.membersCaption", ["name": title]),
                        columns: [context.t("body.member"), context.t("network.organization"), context.t("body.position"), context.t("body.deputy")]
                            + (canEdit ? [context.t("users.actions")] : []),
                        rows: seats.map { seat in
                            [
                                .text(person(seat.member)), .text(seat.member.organization ?? "–"), .text(context.t(seat.member.position.labelKey)),
                                .text(
                                    seat.deputies.isEmpty
                                        ? "–" : seat.deputies.map { "\(person($0)), \($0.organization ?? "–")" }.joined(separator: "; ")
                                ),
                            ]
                                + (canEdit
                                    ? [
                                        .node(
                                            .group(
                                                .forEach([seat.member] + seat.deputies) { member in
                                                    .a(
                                                        .class("inline-link"), .href(context.link(.editSeat(id, member.id))),
                                                        .text(context.t("person.edit")),
                                                        .span(.class("visually-hidden"), .text(": " + member.name)))
                                                }))
                                    ] : [])
                        }
                    ).render(),
                .if(
                    canEdit,
                    .section(
                        .class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                        .a(.class("button"), .href(context.link(.newSeat(id))), .text(context.t("body.addSeat"))),
                        .a(.class("button button--secondary"), .href(context.link(.editBody(id))), .text(context.t("body.edit"))))),
                meetings.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "body.noMeetings", add: ("meeting.newLink", context.link(.newMeeting(id))), context)
                    : .section(
                        .h2(.text(context.t("body.meetings"))),
                        .ul(
                            .forEach(meetings) { meeting in
                                .li(
                                    .a(.href(context.link(.meeting(id, meeting.id))), .text(Formatting.dateTime(meeting.startsAt, language))),
                                    .text(" – " + (meeting.place ?? context.t("meeting.onlineOnly"))))
                            }),
                        .if(canEdit, .p(.a(.class("button"), .href(context.link(.newMeeting(id))), .text(context.t("meeting.newLink")))))),
                OpenDataLine(
                    leadKey: "body.openData",
                    downloads: [
                        .json("/api/v1/bodies/\(id)"),
                        .init(label: context.t("body.openDataMembers"), href: "/api/v1/bodies/\(id)/members?format=csv"),
                    ]
                ).render(context)
            ))
    }
}
