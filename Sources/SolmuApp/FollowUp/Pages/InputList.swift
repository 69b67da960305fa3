import Plot

/// Inputs grouped by theme, each with what became of it: the follow-up actions that answer it, or "not answered yet".
enum InputList {
    /// One input as the list shows it (built by `Item.init(_:_:)` in `InputList+Load.swift`).
    struct Item {
        /// A follow-up action that answers the input.
        struct Answer {
            var id: Int
            var networkID: Int
            var title: LocalizedText
            var status: FollowUpAction.Status
        }

        var id: Int
        var text: String
        /// The theme's name in the page's language.
        var themeName: String?
        var sourceType: OrganizationType?
        var online: Bool
        /// The event's title, when its event was loaded.
        var eventTitle: LocalizedText?
        var actions: [Answer]
    }

    /// `actionNetwork` is the network whose coordinators are reading: each input then offers to become (or join) a follow-up action of it.
    static func grouped(_ inputs: [Item], _ context: PageContext, showEvent: Bool = false, actionNetwork: Int? = nil) -> Node<HTML.BodyContext> {
        guard !inputs.isEmpty else { return .p(.text(context.t("inputs.none"))) }
        let groups = Dictionary(grouping: inputs, by: { $0.themeName ?? "" })
            .sorted { ($0.key.isEmpty ? "~" : $0.key.finnishOrder) < ($1.key.isEmpty ? "~" : $1.key.finnishOrder) }
        return .div(
            .class("inputs"),
            .forEach(groups) { theme, inputs in
                .section(
                    .h3(.text((theme.isEmpty ? context.t("inputs.noTheme") : theme) + " (\(inputs.count))")),
                    .ul(
                        .class("result-list"),
                        .forEach(inputs) { input in
                            .li(
                                .class("result"), .id("input-\(input.id)"),
                                .p(.text(input.text)),
                                .p(
                                    .class("result__meta"),
                                    .text(
                                        [
                                            input.sourceType.map { context.t($0.labelKey) },
                                            input.online ? context.t("input.online") : nil,
                                            showEvent ? input.eventTitle?.display(context.language) : nil,
                                        ].compactMap { $0 }.joined(separator: " · "))),
                                outcome(input, context),
                                .unwrap(actionNetwork) { network in
                                    .p(
                                        .a(
                                            .href(context.link(.newFollowUpAction(network), query: ["input": "\(input.id)"])),
                                            .text(context.t("input.toAction")),
                                            .span(.class("visually-hidden"), .text(": " + String(input.text.prefix(60))))))
                                })
                        }))
            })
    }

    private static func outcome(_ input: Item, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !input.actions.isEmpty else { return .p(.class("input__outcome"), .text(context.t("input.notAnswered"))) }
        return .p(
            .class("input__outcome"), .text(context.t("input.answeredBy") + " "),
            .group(
                input.actions.enumerated().map { index, action in
                    .group(
                        .if(index > 0, .text(", ")),
                        .a(
                            .href(context.link(.followUp(action.networkID)) + "#action-\(action.id)"),
                            .text(action.title.display(context.language) + " (" + context.t(action.status.labelKey) + ")")))
                }))
    }
}
