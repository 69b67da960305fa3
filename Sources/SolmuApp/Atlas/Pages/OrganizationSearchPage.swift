import Plot
import Vapor

/// The atlas search: a query, filters, one page of results and the way to the next.
struct OrganizationSearchPage {
    var filter: OrganizationFilter
    var options: AtlasOptions
    var results: [OrganizationSummary]
    var total: Int
    var page: Int
    var pageSize: Int
    var csvLink: String
    /// When no organisation matches the words: what the one search finds elsewhere (places, events…), so that
    /// "hameenlinna" leads to Hämeenlinna's page, its roadshow stop and its workshop.
    var elsewhere: SearchResults? = nil

    var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }

    func render(_ context: PageContext) -> Response {
        let title = context.t("atlas.search.title")
        return Layout.page(
            context, title: title,
            main: .div(
                .h1(.text(title)),
                searchForm(context),
                .section(
                    .attribute(named: "aria-labelledby", value: "results-heading"),
                    .h2(
                        .id("results-heading"), .attribute(named: "aria-live", value: "polite"),
                        .text(context.t("atlas.search.resultCount", count: total))),
                    .if(context.user != nil, .p(.a(.class("button"), .href(context.link(.newOrganization)), .text(context.t("organization.new"))))),
                    results.isEmpty ? nothingFound(context) : OrganizationSummary.list(results, context),
                    pagination(context),
                    .if(total > 0, .p(.a(.href(csvLink), .attribute(named: "download", value: ""), .text(context.t("atlas.search.downloadCSV")))))
                )
            ))
    }

    /// No organisation: say so, then what the words find elsewhere in Solmu, and near spellings.
    private func nothingFound(_ context: PageContext) -> Node<HTML.BodyContext> {
        let hits = elsewhere?.groups.flatMap(\.hits).prefix(6) ?? []
        let query = filter.query ?? ""
        return .div(
            .class("empty-state"),
            .p(.text(context.t("atlas.search.noResults"))),
            .if(
                !hits.isEmpty,
                .group(
                    .p(.text(context.t("atlas.search.elsewhere", ["query": query]))),
                    .ul(
                        .forEach(hits) { hit in
                            .li(
                                .a(.href("/\(context.language.rawValue)\(hit.path)"), .text(hit.title)),
                                .text(" · " + context.t(hit.kind.labelKey)))
                        }))),
            .unwrap(elsewhere?.suggestions.first) { suggestion in
                .p(.text(context.t("search.didYouMean") + " "), .a(.href(context.link(.organizations, query: ["q": suggestion])), .text(suggestion)))
            },
            .if(
                !query.isEmpty,
                .p(.a(.href(context.link(.search, query: ["q": query])), .text(context.t("atlas.search.everywhere", ["query": query]))))))
    }

    private func searchForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        let state = OrganizationSearchForm.values(of: filter).state
        return .form(
            .class("search-form"), .action(context.link(.organizations)), .method(.get),
            .attribute(named: "role", value: "search"),
            FormFields.draw(OrganizationSearchForm.self, .q, state, context),
            .div(
                .class("filters"),
                .group(
                    FormFields.draw(
                        OrganizationSearchForm.self, state, context,
                        options: [
                            .type: options.types, .region: options.regions, .municipality: options.municipalities,
                            .competence: options.competences,
                        ],
                        except: [.q]))
            ),
            .button(.type(.submit), .class("button"), .text(context.t("atlas.search.submit")))
        )
    }

    private func pageLink(_ number: Int, _ context: PageContext) -> String {
        context.link(
            .organizations,
            query: [
                "q": filter.query, "type": filter.type?.rawValue, "region": filter.regionCode,
                "municipality": filter.municipalityCode, "competence": filter.competenceID,
                "page": number == 1 ? nil : "\(number)",
            ])
    }

    private func pagination(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard pageCount > 1 else { return .empty }
        let window = Array(max(1, page - 2)...min(pageCount, page + 2))
        return .nav(
            .class("pagination"), .attribute(named: "aria-label", value: context.t("pagination.label")),
            .ul(
                .if(
                    page > 1,
                    .li(.a(.href(pageLink(page - 1, context)), .attribute(named: "rel", value: "prev"), .text(context.t("pagination.previous"))))),
                .forEach(window) { number in
                    .li(
                        number == page
                            ? .span(.attribute(named: "aria-current", value: "page"), .text(context.t("pagination.page", ["number": "\(number)"])))
                            : .a(.href(pageLink(number, context)), .text(context.t("pagination.page", ["number": "\(number)"]))))
                },
                .if(
                    page < pageCount,
                    .li(.a(.href(pageLink(page + 1, context)), .attribute(named: "rel", value: "next"), .text(context.t("pagination.next")))))
            ),
            .p(.text(context.t("pagination.position", ["page": "\(page)", "count": "\(pageCount)"])))
        )
    }
}
