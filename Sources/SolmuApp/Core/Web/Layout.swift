import Plot
import Vapor

/// The document shell every page shares: skip link, header with navigation and language switch,
/// main content, footer with the accessibility statement and privacy notice.
enum Layout {
    static func page(
        _ context: PageContext,
        title: String,
        status: HTTPResponseStatus = .ok,
        main: Node<HTML.BodyContext>
    ) -> Response {
        let html = HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // The brand once: "Haut – Solmu", and the front page plain "Solmu – …".
                .title(title.hasPrefix("Solmu") ? title : "\(title) – Solmu"),
                .link(.rel(.stylesheet), .href("/static/solmu.css")),
                .link(.rel(.icon), .href("/static/solmu.svg"), .attribute(named: "type", value: "image/svg+xml"))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(context.t("layout.skipToContent"))),
                header(context),
                .main(.id("main"), .attribute(named: "tabindex", value: "-1"), .unwrap(context.notice) { $0.render(context) }, main),
                footer(context)
            )
        )
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: context.user == nil ? "no-cache" : "private, no-store")
        return Response(status: status, headers: headers, body: .init(string: html.render()))
    }

    /// The bar (brand, search, language, account) and the grouped navigation under it. On a phone the bar keeps only
    /// the brand and a menu button (`<details>`, no script) whose panel holds the same navigation, search, language
    /// switch and account: the stylesheet shows one of the two at each width, so the header stays one line high. The
    /// menu comes last, so that the wide screen's links come first in the page.
    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .div(
                .class("site-header__bar"),
                .a(
                    .class("brand"), .href(context.link(.home)),
                    .img(
                        .src("/static/solmu.svg"), .attribute(named: "alt", value: "", ignoreIfValueIsEmpty: false),
                        .attribute(named: "width", value: "32"), .attribute(named: "height", value: "32")),
                    .span(.text("Solmu"))),
                search(context, id: "site-search-q"),
                languageSwitch(context),
                account(context)
            ),
            .nav(.class("main-nav"), .attribute(named: "aria-label", value: context.t("layout.mainNavigation")), Navigation.lists(context)),
            .element(
                named: "details",
                nodes: [
                    .class("menu"),
                    .element(named: "summary", nodes: [.text(context.t("layout.menu"))]),
                    .div(
                        .class("menu__panel"),
                        .nav(
                            .class("main-nav"), .attribute(named: "aria-label", value: context.t("layout.mainNavigation")),
                            Navigation.lists(context)),
                        search(context, id: "menu-search-q"),
                        languageSwitch(context),
                        account(context)),
                ])
        )
    }

    /// One search for everything (`/{lang}/search`).
    private static func search(_ context: PageContext, id: String) -> Node<HTML.BodyContext> {
        .form(
            .class("site-search"), .action(context.link(.search)), .method(.get), .attribute(named: "role", value: "search"),
            .label(.attribute(named: "for", value: id), .class("visually-hidden"), .text(context.t("search.label"))),
            .input(.type(.search), .id(id), .name("q"), .attribute(named: "autocomplete", value: "off")),
            .button(.type(.submit), .text(context.t("search.submit"))))
    }

    private static func languageSwitch(_ context: PageContext) -> Node<HTML.BodyContext> {
        .nav(
            .class("language-switch"), .attribute(named: "aria-label", value: context.t("layout.languageSwitch")),
            .ul(
                .forEach(Language.allCases) { other in
                    .li(
                        other == context.language
                            ? .span(
                                .attribute(named: "aria-current", value: "true"), .attribute(named: "lang", value: other.rawValue),
                                .text(other.nativeName))
                            : .a(
                                .href(context.switchLink(to: other)), .attribute(named: "lang", value: other.rawValue),
                                .attribute(named: "hreflang", value: other.rawValue), .text(other.nativeName)))
                }))
    }

    private static func account(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let user = context.user else {
            return .div(.class("account"), .a(.href(context.link(.signIn)), .text(context.t("nav.signIn"))))
        }
        return .div(
            .class("account"),
            .span(.class("account__name"), .text(user.name)),
            .ul(
                .li(.a(.href(context.link(.inbox)), .text(context.t("my.inbox")))),
                .li(.a(.href(context.link(.myApplications)), .text(context.t("my.applications")))),
                .li(.a(.href(context.link(.myAssessments)), .text(context.t("my.assessments")))),
                .li(.a(.href(context.link(.myPlatforms)), .text(context.t("my.platforms"))))),
            .form(
                .action(context.link(.signOut)), .method(.post),
                .input(.type(.hidden), .name(CSRF.formField), .value(context.csrfToken)),
                .button(.type(.submit), .class("link-button"), .text(context.t("nav.signOut")))
            )
        )
    }

    private static func footer(_ context: PageContext) -> Node<HTML.BodyContext> {
        .footer(
            .class("site-footer"),
            .ul(
                .li(.a(.href(context.link(.accessibility)), .text(context.t("footer.accessibility")))),
                .li(.a(.href(context.link(.privacy)), .text(context.t("footer.privacy")))),
                .li(.a(.href(context.link(.apiDocs)), .text(context.t("footer.openData")))),
                .li(.a(.href(context.link(.design)), .text(context.t("footer.design"))))
            ),
            .p(.class("site-footer__attribution"), .text(context.t("footer.attribution")))
        )
    }
}
