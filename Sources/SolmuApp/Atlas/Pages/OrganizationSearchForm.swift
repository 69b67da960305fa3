import Plot

/// The atlas search (a GET form, also the front page's search box): its fields once, the values of a filter to show.
enum OrganizationSearchForm: FormDescription {
    enum Key: String, FormKey { case q, type, region, municipality, competence }

    static var fields: [FormField<Key>] {
        [
            .text(.q, "atlas.search.query", type: .search, hint: "atlas.search.queryHint"),
            .select(.type, "organization.type", empty: "atlas.search.anyType"),
            .select(.region, "organization.region", empty: "atlas.search.anyRegion"),
            .select(.municipality, "organization.municipality", empty: "atlas.search.anyMunicipality"),
            .select(.competence, "organization.competence", empty: "atlas.search.anyCompetence"),
        ]
    }

    static func values(of filter: OrganizationFilter) -> FormValues<Self> {
        FormValues([
            .q: filter.query, .type: filter.type?.rawValue, .region: filter.regionCode,
            .municipality: filter.municipalityCode, .competence: filter.competenceID,
        ])
    }
}
