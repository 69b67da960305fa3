import Plot

/// Inputs grouped by theme, each with what became of it: the follow-up actions that answer it, or "not answered yet".
enum InputList {
    /// Needs each input's `theme` and `actions` loaded. `actionNetwork` is the network whose coordinators are reading:
    /// each input then offers to become (or join) a follow-up action of it.
    static func grouped(_ inputs: [WorkshopInput], _ context: PageContext, showEvent: Bool = false, actionNetwork: Int? = nil) -> Node<HTML.BodyContext> {
        guard !inputs.isEmpty else { return .p(.text(context.t("inputs.none"))) }
        let groups = Dictionary(grouping: inputs, by: { $0.theme?.name(context.language) ?? "" })
            .sorted { ($0.key.isEmpty ? "~" : $0.key.finnishOrder) < ($1.key.isEmpty ? "~" : $1.key.finnishOrder) }
        return .div(.class("inputs"), .forEach(groups) { theme, inputs in
            .section(.h3(.text((theme.isEmpty ? context.t("inputs.noTheme") : theme) + " (\(inputs.count))")),
                .ul(.class("result-list"), .forEach(inputs) { input in
                    .li(.class("result"), .id("input-\(input.id ?? 0)"),
                        .p(.text(input.text)),
                        .p(.class("result__meta"), .text([
                            input.sourceType.map { context.t($0.labelKey) },
                            input.online ? context.t("input.online") : nil,
                            showEvent ? input.$event.value?.title.display(context.language) : nil,
                        ].compactMap { $0 }.joined(separator: " · "))),
                        outcome(input, context),
                        .unwrap(actionNetwork) { network in
                            .p(.a(.href(context.link(.newFollowUpAction(network), query: ["input": "\(input.id ?? 0)"])), .text(context.t("input.toAction")),
                                  .span(.class("visually-hidden"), .text(": " + String(input.text.prefix(60))))))
                        })
                }))
        })
    }

    private static func outcome(_ input: WorkshopInput, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !input.actions.isEmpty else { return .p(.class("input__outcome"), .text(context.t("input.notAnswered"))) }
        return .p(.class("input__outcome"), .text(context.t("input.answeredBy") + " "),
                  .group(input.actions.enumerated().map { index, action in
                      .group(.if(index > 0, .text(", ")),
                             .a(.href(context.link(.followUp(action.$network.id)) + "#action-\(action.id ?? 0)"),
                                .text(action.title.display(context.language) + " (" + context.t(action.status.labelKey) + ")")))
                  }))
    }
}
