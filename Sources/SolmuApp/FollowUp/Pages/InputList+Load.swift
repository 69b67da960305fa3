import Fluent
import Plot

extension InputList.Item {
    /// The input as the list shows it, its theme named in `language`. Needs the input's `theme` and `actions` loaded
    /// (and its `event`, for a list that shows it).
    init(_ input: WorkshopInput, _ language: Language) {
        self.init(
            id: input.id ?? 0, text: input.text, themeName: input.theme?.name(language), sourceType: input.sourceType, online: input.online,
            eventTitle: input.$event.value?.title,
            actions: input.actions.map { action in
                Answer(id: action.id ?? 0, networkID: action.$network.id, title: action.title, status: action.status)
            })
    }
}

extension InputList {
    /// The list drawn from loaded inputs (each with `theme` and `actions`), for a page that still holds them: the event page.
    static func grouped(_ inputs: [WorkshopInput], _ context: PageContext, showEvent: Bool = false, actionNetwork: Int? = nil) -> Node<
        HTML.BodyContext
    > {
        grouped(inputs.map { Item($0, context.language) }, context, showEvent: showEvent, actionNetwork: actionNetwork)
    }
}
