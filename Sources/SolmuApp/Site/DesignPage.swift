import Plot
import Vapor

/// Solmu's design system shown in use, for the people who carry the work on: the tokens (colours, type, space) and
/// every component the pages are made of, each drawn by the same code the pages use, in the page's language.
struct DesignPage {
    func render(_ context: PageContext) -> Response {
        let title = context.t("design.title")
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("design.lead"))),
                sample("design.colours", colours(context), context),
                sample(
                    "design.type",
                    .group(
                        .forEach(DesignTokens.typeScale.map(\.name)) { token in
                            .p(.class("design-type design-type\(token)"), .code(.text(token)), .text(" " + context.t("design.typeSample")))
                        }), context),
                sample("design.buttons", buttons(context), context),
                sample("design.notices", notices(context), context),
                sample(
                    "design.breadcrumbs",
                    Breadcrumbs(steps: [(context.t("nav.networks"), context.link(.networks))], current: "SIXNET").render(context), context),
                sample(
                    "design.tags",
                    .ul(
                        .class("tags"), .li(.text(context.t("eventKind.workshop"))),
                        .li(.span(.class("tag tag--open"), .text(context.t("call.openTag")))),
                        .li(.span(.class("tag tag--ended"), .text(context.t("event.ended"))))), context),
                sample("design.cards", cards(context), context),
                sample("design.form", form(context), context),
                sample("design.table", table(context), context),
                sample("design.chart", chart(context), context),
                sample("design.pagination", pagination(context), context),
                sample(
                    "design.empty",
                    EmptyState(text: context.t("home.noOpenCalls"), action: (context.t("home.allCalls"), context.link(.calls))).render(), context)
            ))
    }

    private func sample(_ key: String, _ content: Node<HTML.BodyContext>, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t(key))),
            .p(.class("note"), .text(context.t(key + ".use"))),
            .div(.class("design-sample"), content))
    }

    private func colours(_ context: PageContext) -> Node<HTML.BodyContext> {
        .ul(
            .class("swatches"),
            .forEach(DesignTokens.colours) { colour in
                // The colour is drawn as an SVG fill: the page's security policy allows no inline styles.
                .li(
                    .class("swatch"),
                    .raw(
                        "<svg class=\"swatch__colour\" width=\"100%\" height=\"48\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"100%\" height=\"48\" fill=\"\(colour.value)\"/></svg>"
                    ),
                    .p(.class("swatch__name"), .code(.text(colour.name)), .br(), .text(colour.value)))
            })
    }

    private func buttons(_ context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("actions"),
            .button(.type(.button), .class("button"), .text(context.t("event.register"))),
            .button(.type(.button), .class("button button--secondary"), .text(context.t("form.cancel"))),
            .button(.type(.button), .class("button button--danger"), .text(context.t("design.remove"))),
            .button(.type(.button), .class("link-button"), .text(context.t("design.linkButton"))))
    }

    private func notices(_ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            Notice.saved.render(context),
            .div(.class("notice"), .p(.text(context.t("call.exampleNotice")))),
            .div(.class("notice notice--warning"), .p(.text(context.t("design.warningSample")))),
            .div(.class("notice notice--error"), .attribute(named: "role", value: "alert"), .p(.text(context.t("design.errorSample")))))
    }

    private func cards(_ context: PageContext) -> Node<HTML.BodyContext> {
        .ul(
            .class("cards"),
            .li(
                .class("card card--call"), .h3(.class("card__title"), .a(.href(context.link(.calls)), .text(context.t("design.cardCall")))),
                .p(.span(.class("tag tag--open"), .text(context.t("call.openTag")))), .p(.class("card__meta"), .text("6Aika"))),
            .li(
                .class("card card--event"), .h3(.class("card__title"), .a(.href(context.link(.events)), .text(context.t("design.cardEvent")))),
                .p(
                    .class("card__meta"),
                    .text(context.t("eventKind.workshop") + " · " + (PartialDate("2022-12-early")?.formatted(context.language) ?? "")))))
    }

    private func form(_ context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .div(
                .class("field"), .label(.attribute(named: "for", value: "design-name"), .text(context.t("registration.name"))),
                .p(.class("field__hint"), .id("design-name-hint"), .text(context.t("design.hintSample"))),
                .input(.type(.text), .id("design-name"), .attribute(named: "aria-describedby", value: "design-name-hint"))),
            .div(
                .class("field field--error"), .label(.attribute(named: "for", value: "design-email"), .text(context.t("registration.email"))),
                .p(.class("field__error"), .id("design-email-error"), .text(context.t("design.errorSample"))),
                .input(
                    .type(.email), .id("design-email"), .value("matti@"), .attribute(named: "aria-describedby", value: "design-email-error"),
                    .attribute(named: "aria-invalid", value: "true"))),
            .element(
                named: "fieldset",
                nodes: [
                    .class("field"), .element(named: "legend", text: context.t("design.choose")),
                    .div(
                        .class("radio"), .input(.type(.radio), .id("design-r1"), .name("design-r"), .checked(true)),
                        .label(.attribute(named: "for", value: "design-r1"), .text(context.t("eventKind.workshop")))),
                    .div(
                        .class("radio"), .input(.type(.radio), .id("design-r2"), .name("design-r")),
                        .label(.attribute(named: "for", value: "design-r2"), .text(context.t("eventKind.webinar")))),
                    .div(
                        .class("checkbox"), .input(.type(.checkbox), .id("design-c1")),
                        .label(.attribute(named: "for", value: "design-c1"), .text(context.t("design.consent")))),
                ]))
    }

    private func table(_ context: PageContext) -> Node<HTML.BodyContext> {
        DataTable(
            caption: context.t("design.tableCaption"),
            columns: [context.t("dashboard.year"), context.t("programme.budget"), context.t("dashboard.unknownBudgets")], numeric: [1, 2],
            rows: [
                [.text("2022"), .number(FixedPoint.euros(Int64(9_500_000_000), context.language)), .number("0")],
                [.text("2023"), .number(FixedPoint.euros(nil, context.language)), .number("3")],
            ]
        ).render()
    }

    private func chart(_ context: PageContext) -> Node<HTML.BodyContext> {
        HorizontalBarChart(
            title: context.t("design.chartTitle"), series: [context.t("indicator.target"), context.t("indicator.actual")],
            rows: [
                .init(label: "2022", values: [40, 25], valueTexts: ["40", "25"]),
                .init(label: "2023", values: [60, nil], valueTexts: ["60", ""]),
            ]
        ).render(context)
    }

    private func pagination(_ context: PageContext) -> Node<HTML.BodyContext> {
        .nav(
            .class("pagination"), .attribute(named: "aria-label", value: context.t("pagination.label")),
            .ul(
                .li(.a(.href(context.link(.design)), .text("1"))), .li(.span(.attribute(named: "aria-current", value: "page"), .text("2"))),
                .li(.a(.href(context.link(.design)), .text("3")))))
    }
}
