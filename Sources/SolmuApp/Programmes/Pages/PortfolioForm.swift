/// The portfolio's filters (a GET form): its fields once, named as `ProjectSearch` reads them from the query string.
enum PortfolioForm: FormDescription {
    enum Key: String, FormKey { case q, theme, status, instrument, city, implementer }

    static var fields: [FormField<Key>] {
        [
            .text(.q, "atlas.search.query"),
            .select(.theme, "network.themes", empty: "filter.all"),
            .select(.status, "project.status", empty: "filter.all"),
            .select(.instrument, "project.instrument", empty: "filter.all"),
            .select(.city, "portfolio.city", empty: "filter.all"),
            .select(.implementer, "portfolio.implementer", empty: "filter.all"),
        ]
    }
}
