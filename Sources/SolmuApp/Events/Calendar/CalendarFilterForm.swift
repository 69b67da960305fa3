/// The calendar's filter as a form (a GET): what each choice is called, and the filter's values to show it with.
enum CalendarFilterForm: FormDescription {
    enum Key: String, FormKey { case network, kind, theme, region }

    static var fields: [FormField<Key>] {
        [
            .select(.network, "event.network", empty: "filter.all"), .select(.kind, "event.kind", empty: "filter.all"),
            .select(.theme, "network.themes", empty: "filter.all"), .select(.region, "event.region", empty: "filter.all"),
        ]
    }

    static func values(of filter: CalendarFilter) -> FormValues<Self> {
        FormValues([.network: filter.network.map(String.init), .kind: filter.kind?.rawValue, .theme: filter.theme, .region: filter.region])
    }
}
