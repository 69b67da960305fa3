import Plot

/// A text kept in three languages, on a page: the page's language when there is one, otherwise another marked with its
/// own `lang` (so a screen reader reads it right), otherwise "not given".
enum LocalizedNode {
    static func text(_ value: LocalizedText, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let resolved = value.resolved(context.language) else { return .text(context.t("value.notGiven")) }
        return .span(.attribute(named: "lang", value: resolved.language == context.language ? nil : resolved.language.rawValue), .text(resolved.text))
    }
}
