import Plot
import Vapor

/// The round table's topics by status.
struct RoundTablePage {
    /// One topic as the list shows it.
    struct Row {
        var id: Int
        var title: LocalizedText
        var status: RoundTableTopic.Status
        var area: LocalizedText
        var networkName: String
        var positionCount: Int
        var meetingCount: Int
    }

    var topics: [Row]
    var canCreate: Bool

    func render(_ context: PageContext) -> Response {
        let title = context.t("roundTable.title")
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("roundTable.lead"))),
                .forEach(RoundTableTopic.Status.allCases) { status in
                    let topics = self.topics.filter { $0.status == status }
                    return .if(
                        !topics.isEmpty,
                        .section(
                            .h2(.text(context.t(status.labelKey) + " (\(topics.count))")),
                            .ul(
                                .class("result-list"),
                                .forEach(topics) { topic in
                                    .li(
                                        .class("result"),
                                        .h3(
                                            .class("result__title"),
                                            .a(.href(context.link(.topic(topic.id))), .text(topic.title.display(context.language)))),
                                        .p(
                                            .text(
                                                [
                                                    topic.area.resolved(context.language)?.text, topic.networkName,
                                                    context.t("topic.positionCount", count: topic.positionCount),
                                                    context.t("topic.meetingCount", count: topic.meetingCount),
                                                ].compactMap { $0 }.joined(separator: " · "))))
                                })))
                },
                .if(topics.isEmpty, .p(.text(context.t("roundTable.none")))),
                .if(canCreate, .p(.a(.class("button"), .href(context.link(.newTopic)), .text(context.t("topic.new"))))),
                .p(.a(.href("/api/v1/roundtable/topics"), .text(context.t("roundTable.json"))))
            ))
    }
}
