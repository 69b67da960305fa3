import Plot
import Vapor

/// The front page starts people off: one search for everything, the calls open now, the events coming up, the
/// networks and programmes, and the atlas's figures. (News joins it once Solmu has news.)
struct HomePage {
    var openCalls: [CallsPage.Row]
    /// Dated events not yet over, soonest first.
    var comingEvents: [EventsPage.Row]
    /// Events announced without a date yet ("to be confirmed").
    var undatedEvents: [EventsPage.Row]
    var networks: [NetworksPage.Row]
    var programmes: [ProgrammesPage.Row]
    var organizationCount: Int
    var regionCount: Int
    var municipalityCount: Int

    static let cardsPerSection = 4

    func render(_ context: PageContext) -> Response {
        let title = context.t("home.title")
        return Layout.page(
            context, title: "Solmu – \(title)",
            main: .div(
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("home.lead"))),
                searchForm(context),
                calls(context),
                events(context),
                networksSection(context),
                programmesSection(context),
                atlas(context)
            ))
    }

    private func networksSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("home.networks"))),
            .ul(
                .class("cards"),
                .forEach(networks.prefix(Self.cardsPerSection)) { network in
                    card(
                        title: network.name, href: context.link(.network(network.id)),
                        meta: [
                            context.t(network.kind.labelKey), Formatting.period(network.startsOn, network.endsOn, context.language),
                            context.t("network.memberCount", count: network.memberCount),
                        ], context)
                }),
            more(.networks, "home.allNetworks", count: networks.count, context))
    }

    private func programmesSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("home.programmes"))),
            .ul(
                .class("cards"),
                .forEach(programmes.prefix(Self.cardsPerSection)) { programme in
                    card(
                        title: programme.name, href: context.link(.programme(programme.id)),
                        meta: [
                            Formatting.period(programme.startsOn, programme.endsOn, context.language),
                            context.t("programme.projectCount", count: programme.projectCount),
                        ], context)
                }),
            more(.programmes, "home.allProgrammes", count: programmes.count, context))
    }

    private func atlas(_ context: PageContext) -> Node<HTML.BodyContext> {
        let figures: [(Int, String, SiteURL?)] = [
            (organizationCount, "home.organizations", .organizations), (regionCount, "home.regions", .regions),
            (municipalityCount, "home.municipalities", nil),
        ]
        return .section(
            .h2(.text(context.t("home.atlas"))),
            .p(.text(context.t("home.atlasLead"))),
            .ul(
                .class("figures"),
                .forEach(figures) { count, key, url in
                    let number = Formatting.integer(count), label = context.t(key)
                    guard let url else { return .li(.strong(.text(number)), .text(label)) }
                    return .li(.a(.href(context.link(url)), .strong(.text(number)), .text(label)))
                }))
    }

    private func searchForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("search-form search-form--hero"), .action(context.link(.search)), .method(.get), .attribute(named: "role", value: "search"),
            .div(
                .class("search-row"),
                .div(
                    .class("field"),
                    .label(.attribute(named: "for", value: "home-search"), .text(context.t("home.searchLabel"))),
                    .p(.class("field__hint"), .id("home-search-hint"), .text(context.t("home.searchHint"))),
                    .input(
                        .type(.search), .id("home-search"), .name("q"), .attribute(named: "aria-describedby", value: "home-search-hint"))),
                .button(.type(.submit), .class("button"), .text(context.t("search.submit")))),
            .p(.class("search-form__more"), .a(.href(context.link(.organizations)), .text(context.t("home.atlasSearch")))))
    }

    private func calls(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("home.openCalls"))),
            openCalls.isEmpty
                ? EmptyState(text: context.t("home.noOpenCalls"), action: (context.t("home.allCalls"), context.link(.calls))).render()
                : .group(
                    .ul(
                        .class("cards"),
                        .forEach(openCalls) { call in
                            card(
                                title: call.title.numbered(context.language), href: context.link(.call(call.id)),
                                meta: [
                                    call.programmeName, context.t("home.closes", ["closes": Formatting.dateTime(call.closesAt, context.language)]),
                                ],
                                tag: (context.t("call.openTag"), "tag--open"), kind: "card--call", context)
                        }),
                    .p(.class("section-more"), .a(.href(context.link(.calls)), .text(context.t("home.allCalls"))))))
    }

    /// The next dated events as cards, then those announced without a date yet as a short list: both are coming.
    private func events(_ context: PageContext) -> Node<HTML.BodyContext> {
        let undated = undatedEvents.prefix(Self.cardsPerSection)
        return .section(
            .h2(.text(context.t("home.comingEvents"))),
            comingEvents.isEmpty && undated.isEmpty
                ? EmptyState(text: context.t("home.noComingEvents"), action: (context.t("home.allEvents"), context.link(.events))).render()
                : .group(
                    .if(
                        !comingEvents.isEmpty,
                        .ul(
                            .class("cards"),
                            .forEach(comingEvents.prefix(Self.cardsPerSection)) { event in
                                card(
                                    title: event.title.display(context.language), href: context.link(.event(event.id)),
                                    meta: [
                                        context.t(event.kind.labelKey), EventTime.text(event.dates, context.language), event.place, event.organiser,
                                    ],
                                    kind: "card--event", context)
                            })),
                    .if(
                        !undated.isEmpty,
                        .group(
                            .h3(.text(context.t("home.undatedEvents"))),
                            .ul(
                                .forEach(undated) { event in
                                    .li(
                                        .a(.href(context.link(.event(event.id))), .text(event.title.display(context.language))),
                                        .text(" · " + ([context.t(event.kind.labelKey), event.organiser].compactMap { $0 }.joined(separator: " · "))))
                                }))),
                    .p(.class("section-more"), .a(.href(context.link(.events)), .text(context.t("home.allEvents"))))))
    }

    private func card(
        title: String, href: String, meta: [String?], tag: (text: String, kind: String)? = nil, kind: String = "", _ context: PageContext
    ) -> Node<HTML.ListContext> {
        .li(
            .class("card \(kind)"),
            .h3(.class("card__title"), .a(.href(href), .text(title))),
            .unwrap(tag) { .p(.span(.class("tag \($0.kind)"), .text($0.text))) },
            .p(.class("card__meta"), .text(meta.compactMap { $0 }.joined(separator: " · "))))
    }

    private func more(_ url: SiteURL, _ key: String, count: Int, _ context: PageContext) -> Node<HTML.BodyContext> {
        .p(.class("section-more"), .a(.href(context.link(url)), .text(context.t(key, ["count": "\(count)"]))))
    }
}
