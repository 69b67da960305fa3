import Plot
import Vapor

/// A topic's summary: what it is, where it stands, what the stakeholders think (counted by stance, then each in
/// its own words) and the round-table meetings that handled it, in time order.
struct TopicPage {
    /// A stakeholder's position, in its own words.
    struct Position {
        var organizationID: Int
        var organizationName: String
        var stance: StakeholderPosition.Stance
        /// `YYYY-MM-DD`, or as precisely as known.
        var statedOn: String?
        var text: String?
    }

    /// A round-table meeting that handled the topic.
    struct Meeting {
        var id: Int
        var title: LocalizedText
        /// When it was, in the page's language.
        var when: String
    }

    var id: Int
    var title: LocalizedText
    var status: RoundTableTopic.Status
    var area: LocalizedText
    var description: LocalizedText
    var networkID: Int
    var networkName: String
    /// By the organisations' sort names.
    var positions: [Position]
    /// In time order.
    var meetings: [Meeting]
    var canEdit: Bool

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let title = self.title.display(language)
        let stanceRows: [[DataTable.Cell]] = StakeholderPosition.Stance.allCases.map { stance in
            [.text(context.t(stance.labelKey)), .number(Formatting.integer(positions.filter { $0.stance == stance }.count))]
        }
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("roundTable.title"), href: context.link(.roundTable))],
                    current: title
                ).render(context),
                .h1(.text(title)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("topic.status"))), .dd(.text(context.t(status.labelKey))),
                    .dt(.text(context.t("topic.area"))), .dd(LocalizedNode.text(area, context)),
                    .dt(.text(context.t("topic.network"))), .dd(.a(.href(context.link(.network(networkID))), .text(networkName)))),
                .section(.h2(.text(context.t("topic.description"))), .p(LocalizedNode.text(description, context))),
                .section(
                    .h2(.text(context.t("topic.positions"))),
                    DataTable(
                        caption: context.t("topic.stances"), columns: [context.t("topic.stance"), context.t("topic.count")], numeric: [1],
                        rows: stanceRows,
                        footer: [.text(context.t("table.total")), .number(Formatting.integer(positions.count))]
                    ).render(),
                    positions.isEmpty
                        ? .p(.text(context.t("topic.noPositions")))
                        : .ul(
                            .class("result-list"),
                            .forEach(positions) { position in
                                .li(
                                    .class("result"),
                                    .h3(
                                        .class("result__title"),
                                        .a(.href(context.link(.organization(position.organizationID))), .text(position.organizationName))),
                                    .p(
                                        .text(
                                            [context.t(position.stance.labelKey), position.statedOn.flatMap(PartialDate.init)?.formatted(language)]
                                                .compactMap { $0 }.joined(separator: " · "))),
                                    .unwrap(position.text) { .p(.text($0)) })
                            }),
                    .if(canEdit, .p(.a(.class("button"), .href(context.link(.newPosition(id))), .text(context.t("position.new")))))),
                .section(
                    .h2(.text(context.t("topic.meetings"))),
                    meetings.isEmpty
                        ? .p(.text(context.t("topic.noMeetings")))
                        : .ul(
                            .forEach(meetings) { meeting in
                                .li(.a(.href(context.link(.event(meeting.id))), .text(meeting.title.display(language))), .text(" – " + meeting.when))
                            })),
                .if(
                    canEdit,
                    .section(
                        .class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                        .a(.class("button"), .href(context.link(.editTopic(id))), .text(context.t("topic.edit"))))),
                .p(.a(.href("/api/v1/roundtable/topics/\(id)"), .text(context.t("topic.json"))))
            ))
    }
}
