import Plot
import Vapor

/// The search page: the query in its box, what was found grouped by kind with counts (and a way to each group),
/// or — when nothing was found — near spellings to try and a way to the lists to browse.
struct SearchPage {
    var query: String
    var results: SearchResults?

    func render(_ context: PageContext) -> Response {
        let title = query.isEmpty ? context.t("search.title") : context.t("search.titleFor", ["query": query])
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(context.t("search.title"))),
                form(context),
                .unwrap(results) { results in
                    results.groups.isEmpty ? nothingFound(results, context) : found(results, context)
                }))
    }

    private func form(_ context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("search-form"), .action(context.link(.search)), .method(.get), .attribute(named: "role", value: "search"),
            .div(
                .class("search-row"),
                .div(
                    .class("field"),
                    .label(.attribute(named: "for", value: "search-q"), .text(context.t("search.label"))),
                    .p(.class("field__hint"), .id("search-q-hint"), .text(context.t("search.hint"))),
                    .input(
                        .type(.search), .id("search-q"), .name("q"), .value(query), .attribute(named: "aria-describedby", value: "search-q-hint"))),
                .button(.type(.submit), .class("button"), .text(context.t("search.submit")))))
    }

    private func found(_ results: SearchResults, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(
                .attribute(named: "role", value: "status"),
                .text(context.t("search.summary", count: results.total, ["query": query]))),
            .nav(
                .attribute(named: "aria-label", value: context.t("search.kinds")),
                .ul(
                    .class("search-kinds tags"),
                    .forEach(results.groups) { group in
                        .li(.a(.href("#kind-\(group.kind.rawValue)"), .text("\(context.t(group.kind.labelKey)) (\(group.total))")))
                    })),
            .div(
                .class("search-groups"),
                .forEach(results.groups) { group in
                    .section(
                        .id("kind-\(group.kind.rawValue)"),
                        .h2(.text("\(context.t(group.kind.labelKey)) (\(Formatting.integer(group.total)))")),
                        .ul(
                            .class("result-list"),
                            .forEach(group.hits) { hit in
                                .li(
                                    .class("result"),
                                    .h3(.class("result__title"), .a(.href("/\(context.language.rawValue)\(hit.path)"), .text(hit.title))),
                                    .unwrap(hit.detail) { .p(.class("result__meta"), .text($0)) })
                            }),
                        .if(group.total > group.hits.count, more(group, context)))
                }))
    }

    /// Where to see the rest of a large group: the atlas's own search for organisations, otherwise the kind's list.
    private func more(_ group: SearchGroup, _ context: PageContext) -> Node<HTML.BodyContext> {
        let href: String =
            switch group.kind {
            case .organization: context.link(.organizations, query: ["q": query])
            case .municipality, .region: context.link(.regions)
            case .person: context.link(.organizations, query: ["q": query])
            case .network: context.link(.networks)
            case .ecosystem: context.link(.ecosystems)
            case .programme, .project: context.link(.programmes)
            case .call: context.link(.calls)
            case .event: context.link(.events)
            }
        return .p(
            .a(.href(href), .text(context.t("search.more", ["count": Formatting.integer(group.total), "kind": context.t(group.kind.labelKey)]))))
    }

    private func nothingFound(_ results: SearchResults, _ context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("empty-state"), .attribute(named: "role", value: "status"),
            .p(.strong(.text(context.t("search.nothing", ["query": query])))),
            .if(
                !results.suggestions.isEmpty,
                .p(
                    .text(context.t("search.didYouMean") + " "),
                    .forEach(results.suggestions.enumerated()) { index, suggestion in
                        .group(
                            .if(index > 0, .text(", ")),
                            .a(.href(context.link(.search, query: ["q": suggestion])), .text(suggestion)))
                    })),
            .p(.text(context.t("search.tips"))),
            .ul(
                .li(.a(.href(context.link(.organizations)), .text(context.t("search.browseOrganizations")))),
                .li(.a(.href(context.link(.events)), .text(context.t("search.browseEvents")))),
                .li(.a(.href(context.link(.regions)), .text(context.t("search.browsePlaces"))))))
    }
}
