import Plot
import Vapor

/// The public calendar: upcoming events, then past ones, then those whose date is not yet known; narrowed by
/// network, kind, theme and region. The same filter gives the iCalendar feed to subscribe to.
struct EventsPage {
    /// One event as the calendar lists it.
    struct Row {
        var id: Int
        var title: LocalizedText
        var kind: Event.Kind
        var dates: EventDates
        /// Venue and municipality, or "online", in the page's language.
        var place: String?
        /// The organising network's or programme's name.
        var organiser: String?
        /// Its date is known (at least the year).
        var dated: Bool
        /// Over by the page's day.
        var past: Bool
    }

    var events: [Row]
    var filter: CalendarFilter
    var networks: [(value: String, label: String)]
    var options: AtlasOptions
    var canPublish: Bool

    func render(_ context: PageContext) -> Response {
        let dated = events.filter { $0.dated }
        let upcoming = dated.filter { !$0.past }
        let past = dated.filter { $0.past }.reversed()
        let undated = events.filter { !$0.dated }
        let feed = "/api/v1/calendar.ics" + SiteURL.queryString(filter.query.merging(["lang": context.language.rawValue]) { $1 })
        return Layout.page(
            context, title: context.t("events.title"),
            main: .div(
                .h1(.text(context.t("events.title"))),
                .p(.class("lead"), .text(context.t("events.lead"))),
                filterForm(context),
                .p(
                    .a(.href(feed), .text(context.t("events.subscribe"))), .text(" · "),
                    .a(.href("/api/v1/events" + SiteURL.queryString(filter.query.merging(["format": "csv"]) { $1 })), .text(context.t("events.csv")))),
                .if(canPublish, .p(.a(.class("button"), .href(context.link(.newEvent)), .text(context.t("event.new"))))),
                Self.list("events.upcoming", upcoming, context),
                Self.list("events.past", Array(past), context),
                .if(!undated.isEmpty, Self.list("events.undated", undated, context))
            ))
    }

    private func filterForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        let kinds = Event.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return .form(
            .class("filters"), .method(.get), .action(context.link(.events)),
            .group(
                FormFields.draw(
                    CalendarFilterForm.self, CalendarFilterForm.values(of: filter).state, context,
                    options: [.network: networks, .kind: kinds, .theme: options.competences, .region: options.regions])),
            .button(.type(.submit), .class("button"), .text(context.t("filter.apply"))))
    }

    static func list(_ key: String, _ events: [Row], _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t(key))),
            events.isEmpty
                ? .p(.text(context.t("events.none")))
                : .ul(
                    .class("result-list"),
                    .forEach(events) { event in
                        .li(
                            .class("result"),
                            .h3(.class("result__title"), .a(.href(context.link(.event(event.id))), .text(event.title.display(context.language)))),
                            .p(
                                // Tagged as well as listed under past events: the tag is seen without the section's heading.
                                .if(event.past, .group(EventPage.endedTag(context), .text(" "))),
                                .text(
                                    [
                                        context.t(event.kind.labelKey), EventTime.text(event.dates, context.language), event.place,
                                        event.organiser,
                                    ].compactMap { $0 }.joined(separator: " · "))))
                    }))
    }
}
