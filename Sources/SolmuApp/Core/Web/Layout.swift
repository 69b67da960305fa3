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
                .title("\(title) – Solmu"),
                .link(.rel(.stylesheet), .href("/static/solmu.css")),
                .link(.rel(.icon), .href("/static/solmu.svg"), .attribute(named: "type", value: "image/svg+xml"))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(context.t("layout.skipToContent"))),
                header(context),
                .main(.id("main"), .attribute(named: "tabindex", value: "-1"), main),
                footer(context)
            )
        )
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: context.user == nil ? "no-cache" : "private, no-store")
        return Response(status: status, headers: headers, body: .init(string: html.render()))
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .div(
                .class("site-header__inner"),
                .a(
                    .class("brand"), .href(context.link(.home)),
                    .img(
                        .src("/static/solmu.svg"), .attribute(named: "alt", value: "", ignoreIfValueIsEmpty: false),
                        .attribute(named: "width", value: "32"), .attribute(named: "height", value: "32")),
                    .span(.text("Solmu"))),
                .nav(
                    .attribute(named: "aria-label", value: context.t("layout.mainNavigation")),
                    .ul(
                        .li(.a(.href(context.link(.organizations)), .text(context.t("nav.organizations")))),
                        .li(.a(.href(context.link(.regions)), .text(context.t("nav.regions")))),
                        .li(.a(.href(context.link(.networks)), .text(context.t("nav.networks")))),
                        .li(.a(.href(context.link(.ecosystems)), .text(context.t("nav.ecosystems")))),
                        .li(.a(.href(context.link(.programmes)), .text(context.t("nav.programmes")))),
                        .li(.a(.href(context.link(.calls)), .text(context.t("nav.calls")))),
                        .li(.a(.href(context.link(.events)), .text(context.t("nav.events")))),
                        .li(.a(.href(context.link(.roundTable)), .text(context.t("nav.roundTable")))),
                        .li(.a(.href(context.link(.selfAssessment)), .text(context.t("nav.selfAssessment")))),
                        .li(.a(.href(context.link(.apiDocs)), .text(context.t("nav.api")))),
                        .if(context.user?.isAdmin == true, .li(.a(.href(context.link(.users)), .text(context.t("nav.users")))))
                    )
                ),
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
                        })
                ),
                account(context)
            )
        )
    }

    private static func account(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let user = context.user else {
            return .div(.class("account"), .a(.href(context.link(.signIn)), .text(context.t("nav.signIn"))))
        }
        return .div(
            .class("account"),
            .span(.class("account__name"), .text(user.name)),
            .a(.href(context.link(.inbox)), .text(context.t("my.inbox"))),
            .a(.href(context.link(.myApplications)), .text(context.t("my.applications"))),
            .a(.href(context.link(.myAssessments)), .text(context.t("my.assessments"))),
            .a(.href(context.link(.myPlatforms)), .text(context.t("my.platforms"))),
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
                .li(.a(.href(context.link(.apiDocs)), .text(context.t("footer.openData"))))
            ),
            .p(.class("site-footer__attribution"), .text(context.t("footer.attribution")))
        )
    }
}
