import Plot

/// What a public page shows where a section has nothing in it. A reader sees nothing: a heading over "not given" tells
/// them nothing and makes the page look unfinished. Whoever may fill the section sees the empty state instead — one
/// line saying what is missing, with the link to add it ("Tavoitteita ei ole vielä kirjattu. Lisää tavoite").
enum MissingLine {
    /// `textKey` says what is missing; `add` is the link's translation key and address.
    static func render(mayEdit: Bool, _ textKey: String, add: (key: String, href: String), _ context: PageContext) -> Node<HTML.BodyContext> {
        guard mayEdit else { return .empty }
        return EmptyState(text: context.t(textKey), action: (title: context.t(add.key), href: add.href)).render()
    }
}
