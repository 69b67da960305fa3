import Plot
import Vapor

/// A programme's projects, filtered by theme, status, instrument, city and implementer; paged, with CSV of the same filter.
struct PortfolioPage {
    /// One project as the list shows it.
    struct Row {
        var id: Int
        var name: LocalizedText
        var code: String?
        var status: Project.Status
        /// The code of its funding instrument, when it has one of the programme's.
        var instrumentCode: String?
        var startsOn: String?
        var endsOn: String?
        var totalCents: Int64?
    }

    var programmeID: Int
    var programmeName: String
    var search: ProjectSearch
    var projects: [Row]
    var total: Int
    var paging: Paging
    /// The filters' choices, labelled in the page's language.
    var themes: FormFields.Options
    var instruments: FormFields.Options
    var cities: FormFields.Options
    var implementers: FormFields.Options

    func render(_ context: PageContext) -> Response {
        let id = programmeID
        let language = context.language
        let title = context.t("portfolio.title", ["name": programmeName])
        var query: [String: String?] = [
            "theme": search.theme, "status": search.status?.rawValue, "instrument": search.instrument.map(String.init),
            "city": search.city, "implementer": search.implementer.map(String.init), "q": search.text,
        ]
        let state = FormState(values: query.compactMapValues { $0 })
        let statuses = Project.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let csvQuery = query.merging(["programme": "\(id)", "format": "csv"]) { $1 }
        query["offset"] = nil
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: ProgrammeForms.trail(id: id, name: programmeName, context),
                    current: context.t("programme.projects")
                ).render(context),
                .h1(.text(title)),
                .form(
                    .class("filters"), .action(context.link(.portfolio(id))), .method(.get), .attribute(named: "role", value: "search"),
                    .group(
                        FormFields.draw(
                            PortfolioForm.self, state, context,
                            options: [
                                .theme: themes, .status: statuses, .instrument: instruments, .city: cities, .implementer: implementers,
                            ])),
                    .button(.type(.submit), .class("button"), .text(context.t("atlas.search.submit")))),
                .p(
                    .attribute(named: "role", value: "status"),
                    .text(context.t("portfolio.count", count: total, ["count": Formatting.integer(total)]))),
                DataTable(
                    caption: title,
                    columns: [
                        context.t("project.name"), context.t("project.code"), context.t("project.status"), context.t("project.instrument"),
                        context.t("network.period"), context.t("project.total"),
                    ],
                    numeric: [5],
                    rows: projects.map { project in
                        [
                            .link(project.name.display(language), href: context.link(.project(project.id))), .text(project.code ?? "–"),
                            .text(context.t(project.status.labelKey)), .text(project.instrumentCode ?? "–"),
                            .text(Formatting.period(project.startsOn, project.endsOn, language) ?? context.t("value.unknown")),
                            .number(project.totalCents.map { FixedPoint.euros($0, language) } ?? context.t("value.unknown")),
                        ]
                    }
                ).render(),
                pager(context, query: query),
                .p(.a(.href("/api/v1/projects" + SiteURL.queryString(csvQuery)), .text(context.t("portfolio.csv"))))
            ))
    }

    private func pager(_ context: PageContext, query: [String: String?]) -> Node<HTML.BodyContext> {
        let id = programmeID
        let previous = paging.offset > 0 ? max(0, paging.offset - paging.limit) : nil
        let next = paging.offset + paging.limit < total ? paging.offset + paging.limit : nil
        return .nav(
            .class("pager"), .attribute(named: "aria-label", value: context.t("pagination.label")),
            .unwrap(previous) {
                .a(.href(context.link(.portfolio(id), query: query.merging(["offset": "\($0)"]) { $1 })), .text(context.t("pagination.previous")))
            },
            .unwrap(next) {
                .a(.href(context.link(.portfolio(id), query: query.merging(["offset": "\($0)"]) { $1 })), .text(context.t("pagination.next")))
            })
    }
}
