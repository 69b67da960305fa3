import Plot
import Vapor

/// The pages a Finnish public-sector service must have (accessibility statement, privacy notice)
/// and the readable description of the API.
struct InfoPages: RouteCollection {
    static let accessibilitySections = ["status", "nonAccessible", "feedback", "enforcement", "prepared"]
    static let privacySections = ["controller", "data", "purpose", "publication", "cookies", "retention", "rights"]

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.accessibility, use: accessibility)
        routes.get(.privacy, use: privacy)
        routes.get(.apiDocs, use: apiDocs)
    }

    /// A page of headed sections whose texts all come from the translation table under `prefix`.
    private func textPage(_ req: Request, prefix: String, sections: [String]) throws -> Response {
        let context = try PageContext(request: req)
        let title = context.t("\(prefix).title")
        return Layout.page(
            context, title: title,
            main: .article(
                .class("prose"),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("\(prefix).lead"))),
                .forEach(sections) { section in
                    .section(.h2(.text(context.t("\(prefix).\(section).heading"))), .p(.text(context.t("\(prefix).\(section).body"))))
                }
            ))
    }

    func accessibility(req: Request) async throws -> Response {
        try textPage(req, prefix: "accessibility", sections: Self.accessibilitySections)
    }

    func privacy(req: Request) async throws -> Response {
        try textPage(req, prefix: "privacy", sections: Self.privacySections)
    }

    func apiDocs(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let title = context.t("apiDocs.title")
        return Layout.page(
            context, title: title,
            main: .article(
                .class("prose"),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("apiDocs.lead"))),
                .p(.a(.href("/api/v1/openapi.json"), .text(context.t("apiDocs.openapi")))),
                .h2(.text(context.t("apiDocs.auth.heading"))), .p(.text(context.t("apiDocs.auth.body"))),
                .h2(.text(context.t("apiDocs.errors.heading"))), .p(.text(context.t("apiDocs.errors.body"))),
                .h2(.text(context.t("apiDocs.csv.heading"))), .p(.text(context.t("apiDocs.csv.body"))),
                .h2(.text(context.t("apiDocs.licence.heading"))), .p(.text(context.t("apiDocs.licence.body"))),
                .p(.text(ReferenceData.attribution)),
                .h2(.text(context.t("apiDocs.operations"))),
                .scrolling(
                    context.t("apiDocs.operationsCaption"),
                    .table(
                        .caption(.text(context.t("apiDocs.operationsCaption"))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("apiDocs.method"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("apiDocs.path"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("apiDocs.summary"))))),
                        .tbody(
                            .forEach(OpenAPIDocument.operations) { operation in
                                .tr(
                                    .td(.code(.text(operation.method))), .td(.code(.text("/api/v1" + operation.path))),
                                    .td(.attribute(named: "lang", value: "en"), .text(operation.summary)))
                            })
                    ))
            ))
    }
}
