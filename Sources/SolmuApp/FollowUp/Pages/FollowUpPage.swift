import Plot
import Vapor

/// A network's follow-up: what its events heard (inputs by theme, each with what became of it) and the actions it
/// took, each with the inputs it answers — "N inputs from M events, K answered by actions".
struct FollowUpPage {
    /// An input an action answers, linked on its event's page.
    struct AnsweredInput {
        var id: Int
        var eventID: Int
        var text: String
        /// The event's title, when its event was loaded.
        var eventTitle: LocalizedText?
    }

    /// A follow-up action as the page lists it.
    struct Action {
        var id: Int
        var title: LocalizedText
        var status: FollowUpAction.Status
        var ownerName: String?
        /// `YYYY-MM-DD`.
        var dueOn: String?
        var description: String?
        var inputs: [AnsweredInput]
    }

    var networkID: Int
    var networkName: String
    var report: FollowUpReport
    var inputs: [InputList.Item]
    /// Due dates first, soonest first; undated last.
    var actions: [Action]
    var canEdit: Bool

    func render(_ context: PageContext) -> Response {
        let id = networkID
        let title = context.t("followUp.title")
        return Layout.page(
            context, title: "\(title) – \(networkName)",
            main: .div(
                Breadcrumbs(
                    steps: [
                        (title: context.t("networks.title"), href: context.link(.networks)),
                        (title: networkName, href: context.link(.network(id))),
                    ],
                    current: title
                ).render(context),
                .h1(.text("\(title): \(networkName)")),
                .p(.class("lead"), .text(Self.summary(report, context))),
                .section(
                    .h2(.text(context.t("followUp.actions"))),
                    actions.isEmpty
                        ? .p(.text(context.t("followUp.noActions")))
                        : .ul(
                            .class("result-list"),
                            .forEach(actions) { action in
                                .li(
                                    .class("result"), .id("action-\(action.id)"),
                                    .h3(.class("result__title"), .text(action.title.display(context.language))),
                                    .p(
                                        .text(
                                            [
                                                context.t(action.status.labelKey), action.ownerName,
                                                action.dueOn.flatMap(PartialDate.init).map {
                                                    context.t("action.due", ["date": $0.formatted(context.language)])
                                                },
                                            ].compactMap { $0 }.joined(separator: " · "))),
                                    .unwrap(action.description) { .p(.text($0)) },
                                    .p(.text(context.t("action.answers", count: action.inputs.count) + (action.inputs.isEmpty ? "" : ":"))),
                                    .ul(
                                        .forEach(action.inputs) { input in
                                            .li(
                                                .a(.href(context.link(.event(input.eventID)) + "#input-\(input.id)"), .text(input.text)),
                                                .text(" (" + (input.eventTitle?.display(context.language) ?? "") + ")"))
                                        }),
                                    .if(
                                        canEdit,
                                        .p(
                                            .a(
                                                .href(context.link(.editFollowUpAction(id, action.id))), .text(context.t("person.edit")),
                                                .span(.class("visually-hidden"), .text(": " + action.title.display(context.language)))))))
                            }),
                    .if(canEdit, .p(.a(.class("button"), .href(context.link(.newFollowUpAction(id))), .text(context.t("followUp.newAction")))))),
                .section(
                    .h2(.text(context.t("followUp.inputs"))), InputList.grouped(inputs, context, showEvent: true, actionNetwork: canEdit ? id : nil)),
                .p(
                    .a(.href("/api/v1/networks/\(id)/follow-up"), .text(context.t("followUp.json"))), .text(" · "),
                    .a(.href("/api/v1/networks/\(id)/actions?format=csv"), .text(context.t("followUp.actionsCSV"))))
            ))
    }

    /// "12 inputs from 2 events, 5 answered by actions."
    static func summary(_ report: FollowUpReport, _ context: PageContext) -> String {
        context.t(
            "followUp.summary",
            [
                "inputs": Formatting.integer(report.inputs), "events": Formatting.integer(report.events),
                "answered": Formatting.integer(report.answered),
            ])
    }
}
