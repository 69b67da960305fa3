import Plot

/// The site's navigation in four groups, so that a newcomer sees what Solmu covers at a glance: drawn as a row under
/// the header on wide screens and inside the menu button's panel on phones (`Layout`).
struct Navigation {
    struct Group {
        var titleKey: String
        var links: [(url: SiteURL, key: String)]
    }

    static func groups(for user: User?) -> [Group] {
        [
            Group(
                titleKey: "nav.group.atlas",
                links: [(.organizations, "nav.organizations"), (.regions, "nav.regions"), (.ecosystems, "nav.ecosystems")]),
            Group(titleKey: "nav.group.together", links: [(.networks, "nav.networks"), (.events, "nav.events"), (.roundTable, "nav.roundTable")]),
            Group(titleKey: "nav.group.funding", links: [(.programmes, "nav.programmes"), (.calls, "nav.calls"), (.bodies, "nav.bodies")]),
            Group(
                titleKey: "nav.group.tools",
                links: [(.selfAssessment, "nav.selfAssessment"), (.apiDocs, "nav.api")] + (user?.isAdmin == true ? [(.users, "nav.users")] : [])),
        ]
    }

    /// The groups as nested lists; the link of the section the page is in carries `aria-current`.
    static func lists(_ context: PageContext) -> Node<HTML.BodyContext> {
        let section = context.pathAfterLanguage.split(separator: "/").first.map { "/\(context.language.rawValue)/\($0)" }
        return .ul(
            .class("main-nav__groups"),
            .forEach(groups(for: context.user)) { group in
                .li(
                    .class("main-nav__group"),
                    .span(.class("main-nav__heading"), .text(context.t(group.titleKey))),
                    .ul(
                        .class("main-nav__links"),
                        .forEach(group.links) { link in
                            let href = context.link(link.url)
                            return .li(
                                .a(
                                    .href(href),
                                    .if(
                                        section.map { href == $0 || href.hasPrefix($0 + "?") } == true,
                                        .attribute(named: "aria-current", value: "page")),
                                    .text(context.t(link.key))))
                        }))
            })
    }
}
