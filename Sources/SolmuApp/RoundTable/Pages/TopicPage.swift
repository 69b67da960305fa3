import Plot
import Vapor

/// A topic's summary: what it is, where it stands, what the stakeholders think (counted by stance, then each in
/// its own words) and the round-table meetings that handled it, in time order.
struct TopicPage {
    var topic: RoundTableTopic
    var canEdit: Bool

    func render(_ context: PageContext) -> Response {
        let id = topic.id ?? 0
        let language = context.language
        let title = topic.title.display(language)
        let positions = topic.positions.sorted { $0.organization.sortName < $1.organization.sortName }
        let stanceRows: [[DataTable.Cell]] = StakeholderPosition.Stance.allCases.map { stance in
            [.text(context.t(stance.labelKey)), .number(Formatting.integer(positions.filter { $0.stance == stance }.count))]
        }
        return Layout.page(context, title: title, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.roundTable)), .text(context.t("roundTable.title")))), .li(.text(title)))),
            .h1(.text(title)),
            .dl(.class("facts"),
                .dt(.text(context.t("topic.status"))), .dd(.text(context.t(topic.status.labelKey))),
                .dt(.text(context.t("topic.area"))), .dd(LocalizedNode.text(topic.area, context)),
                .dt(.text(context.t("topic.network"))), .dd(.a(.href(context.link(.network(topic.$network.id))), .text(topic.network.name)))),
            .section(.h2(.text(context.t("topic.description"))), .p(LocalizedNode.text(topic.description, context))),
            .section(.h2(.text(context.t("topic.positions"))),
                DataTable(caption: context.t("topic.stances"), columns: [context.t("topic.stance"), context.t("topic.count")], numeric: [1], rows: stanceRows,
                          footer: [.text(context.t("table.total")), .number(Formatting.integer(positions.count))]).render(),
                positions.isEmpty ? .p(.text(context.t("topic.noPositions"))) :
                .ul(.class("result-list"), .forEach(positions) { position in
                    .li(.class("result"),
                        .h3(.class("result__title"), .a(.href(context.link(.organization(position.$organization.id))), .text(position.organization.name))),
                        .p(.text([context.t(position.stance.labelKey), position.statedOn.flatMap(PartialDate.init)?.formatted(language)]
                            .compactMap { $0 }.joined(separator: " · "))),
                        .unwrap(position.text) { .p(.text($0)) })
                }),
                .if(canEdit, .p(.a(.class("button"), .href(context.link(.newPosition(id))), .text(context.t("position.new")))))),
            .section(.h2(.text(context.t("topic.meetings"))),
                topic.meetings.isEmpty ? .p(.text(context.t("topic.noMeetings"))) :
                .ul(.forEach(topic.meetings.sorted(by: Event.chronologically)) { meeting in
                    .li(.a(.href(context.link(.event(meeting.id ?? 0))), .text(meeting.title.display(language))), .text(" – " + EventTime.text(meeting, language)))
                })),
            .if(canEdit, .section(.class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                .a(.class("button"), .href(context.link(.editTopic(id))), .text(context.t("topic.edit"))))),
            .p(.a(.href("/api/v1/roundtable/topics/\(id)"), .text(context.t("topic.json"))))
        ))
    }
}
