import Plot
import Vapor

/// One version's whole content for admins: every dimension with its statements, their levels and its advice in the
/// page's language; a draft has its edit links and the publish button, any version the button that copies it into a
/// new draft.
struct InstrumentVersionPage {
    /// A level of a statement (0–4) and what it means for the statement.
    struct Level {
        var level: Int
        var text: LocalizedText
    }

    /// A statement with its levels in order.
    struct Statement {
        var id: Int
        var key: String
        var text: LocalizedText
        var levels: [Level]
    }

    /// A dimension with its statements and its advice, each in order.
    struct Dimension {
        var id: Int
        var name: LocalizedText
        var description: LocalizedText
        var statements: [Statement]
        var advice: [LocalizedText]
    }

    var id: Int
    var name: LocalizedText
    var version: Int
    /// Nil while the version is a draft.
    var publishedAt: Date?
    /// In questionnaire order.
    var dimensions: [Dimension]

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let draft = publishedAt == nil
        let title = context.t("selfAssessment.version", ["name": name.display(language), "version": "\(version)"])
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("questionnaire.versions"), href: context.link(.instruments))],
                    current: title
                ).render(context),
                .h1(.text(title)),
                .p(
                    .text(
                        publishedAt.map {
                            context.t("questionnaire.publishedOn", ["date": Formatting.date($0, language)]) + " " + context.t("questionnaire.frozen")
                        }
                            ?? context.t("questionnaire.draftHint"))),
                .section(
                    .class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                    .form(
                        .action(context.link(.newInstrumentVersion(id))), .method(.post), FormFields.csrf(context.csrfToken),
                        .button(.type(.submit), .class("button button--secondary"), .text(context.t("questionnaire.newVersion")))),
                    .if(
                        draft,
                        .form(
                            .action(context.link(.publishInstrumentVersion(id))), .method(.post), FormFields.csrf(context.csrfToken),
                            .button(.type(.submit), .class("button"), .text(context.t("questionnaire.publish")))))),
                .forEach(dimensions) { dimension in
                    .section(
                        .h2(.text(dimension.name.display(language))),
                        .p(.text(dimension.description.display(language))),
                        .if(
                            draft,
                            .p(
                                .a(
                                    .href(context.link(.editDimension(id, dimension.id))),
                                    .text(context.t("questionnaire.editDimensionNamed", ["name": dimension.name.display(language)]))))),
                        .ol(
                            .forEach(dimension.statements) { statement in
                                .li(
                                    .p(.strong(.text(statement.text.display(language)))),
                                    .ul(
                                        .forEach(statement.levels) { level in
                                            .li(.text("\(level.level) – \(level.text.display(language))"))
                                        }),
                                    .if(
                                        draft,
                                        .p(
                                            .a(
                                                .href(context.link(.editStatement(id, statement.id))),
                                                .text(context.t("questionnaire.editStatementNamed", ["key": statement.key]))))))
                            }),
                        .if(draft, .p(.a(.href(context.link(.newStatement(id, dimension.id))), .text(context.t("questionnaire.newStatement"))))),
                        .h3(.text(context.t("assessmentResult.advice"))),
                        .ul(.forEach(dimension.advice) { .li(.text($0.display(language))) }))
                },
                .p(.a(.href("/api/v1/self-assessment/instruments/\(id)"), .text(context.t("questionnaire.json"))))
            ))
    }
}
