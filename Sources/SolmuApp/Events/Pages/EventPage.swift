import Foundation
import Plot
import Vapor

/// An event's page: what, when (Helsinki time, or the date as known), where, registration with the places left
/// or the waiting list, "add to calendar", the public list of participants (only those who agreed), the inputs it
/// collected and what became of them. A roadshow shows its stops on a map and in time order.
struct EventPage {
    /// Who organises the event: a network or a programme.
    enum Organiser {
        case network(id: Int, name: String)
        case programme(id: Int, name: String)
    }

    /// The roadshow an event is a stop of.
    struct Series {
        var id: Int
        var title: LocalizedText
    }

    /// A municipality on the map: its name in the page's language and where it is.
    struct Location {
        var name: String
        var longitude: Double
        var latitude: Double
    }

    /// One stop of a roadshow.
    struct Stop {
        var id: Int
        var title: LocalizedText
        var kind: Event.Kind
        var dates: EventDates
        /// Venue and municipality, or "online", in the page's language.
        var place: String?
        /// Its municipality, when it has coordinates.
        var location: Location?
        /// Over by the page's day.
        var past: Bool = false
    }

    var id: Int
    var title: LocalizedText
    var description: LocalizedText
    var kind: Event.Kind
    var dates: EventDates
    var series: Series?
    /// A stop of a roadshow (it names one as its series).
    var isStop: Bool
    var published: Bool
    var invitationToken: String?
    /// Venue and municipality, or "online", in the page's language.
    var place: String?
    var onlineURL: String?
    var owner: Organiser?
    /// The themes' names in the page's language, in order.
    var themes: [String]
    /// Places; nil when the event takes no registrations.
    var capacity: Int?
    var registrationOpensAt: Date?
    var registrationClosesAt: Date?
    /// Registration is open at `now`.
    var registrationOpen: Bool
    /// Its day is known, so it can be added to a calendar.
    var canPlace: Bool
    var inputsOpen: Bool
    var networkID: Int?
    var stops: [Stop]
    var places: PlaceCount
    var participants: [ParticipantDTO]
    /// The inputs it collected, each with what became of it.
    var inputs: [InputList.Item]
    var organiser: Bool
    var invitation: String?
    var publicURL: String
    var now: Date
    /// Over by the page's day (Helsinki): tagged "ended", and registration is no longer offered.
    var isPast: Bool = false

    var byInvitation: Bool { invitationToken != nil }
    var takesRegistrations: Bool { capacity != nil }

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let title = self.title.display(language)
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("events.title"), href: context.link(.events))]
                        + (series.map { [(title: $0.title.display(language), href: context.link(.event($0.id)))] } ?? []),
                    current: title
                ).render(context),
                .h1(.text(title)),
                .if(isPast, .p(Self.endedTag(context))),
                .if(!published, .p(.class("notice"), .text(context.t("event.unpublishedNotice")))),
                .if(byInvitation, .p(.class("notice"), .text(context.t("event.byInvitationNotice")))),
                facts(context),
                description.isEmpty
                    ? MissingLine.render(
                        mayEdit: organiser, "event.noDescription", add: ("event.addDescription", context.link(.editEvent(id))), context)
                    : .section(.h2(.text(context.t("event.description"))), .p(LocalizedNode.text(description, context))),
                .if(!stops.isEmpty, stopsSection(context)),
                registration(context),
                addToCalendar(context),
                .if(
                    !participants.isEmpty,
                    .section(
                        .h2(.text(context.t("event.participants", ["count": Formatting.integer(participants.count)]))),
                        .ul(.forEach(participants) { .li(.text([$0.name, $0.organization].compactMap { $0 }.joined(separator: ", "))) }))),
                inputsSection(context),
                .if(
                    organiser,
                    .section(
                        .class("actions"), .attribute(named: "aria-label", value: context.t("event.organiserTools")),
                        .a(.class("button"), .href(context.link(.editEvent(id))), .text(context.t("event.edit"))),
                        .if(takesRegistrations, .a(.class("button"), .href(context.link(.participants(id))), .text(context.t("participants.title")))),
                        .a(.class("button"), .href(context.link(.newInput(id))), .text(context.t("input.record"))),
                        .if(
                            kind == .roadshow && !isStop,
                            .a(.class("button"), .href(context.link(.newEvent, query: ["series": "\(id)"])), .text(context.t("event.addStop")))))),
                .if(
                    organiser && byInvitation,
                    .p(
                        .text(context.t("event.invitationLink") + " "),
                        .code(.text(publicURL + context.link(.event(id), query: ["invitation": invitationToken]))))),
                OpenDataLine(
                    leadKey: "event.openData",
                    downloads: [.json("/api/v1/events/\(id)" + SiteURL.queryString(["invitation": invitation]))]
                ).render(context)
            ))
    }

    /// The tag an event that is over carries, here and in the calendar.
    static func endedTag(_ context: PageContext) -> Node<HTML.BodyContext> {
        .span(.class("tag tag--ended"), .text(context.t("event.ended")))
    }

    private func facts(_ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        return .dl(
            .class("facts"),
            .dt(.text(context.t("event.kind"))), .dd(.text(context.t(kind.labelKey))),
            .dt(.text(context.t("event.when"))),
            .dd(.text(EventTime.text(dates, language) + (dates.startsAt == nil ? "" : " " + context.t("call.helsinkiTime")))),
            .dt(.text(context.t("event.where"))), .dd(.text(place ?? context.t("value.notGiven"))),
            .unwrap(onlineURL) { url in
                .group(.dt(.text(context.t("event.onlineUrl"))), .dd(.a(.href(url), .attribute(named: "rel", value: "noopener"), .text(url))))
            },
            .dt(.text(context.t("event.organiser"))),
            .dd(ownerNode(context)),
            .dt(.text(context.t("network.themes"))),
            .dd(.text(themes.isEmpty ? context.t("value.notGiven") : themes.joined(separator: ", "))))
    }

    private func ownerNode(_ context: PageContext) -> Node<HTML.BodyContext> {
        switch owner {
        case let .network(id, name)?: .a(.href(context.link(.network(id))), .text(name))
        case let .programme(id, name)?: .a(.href(context.link(.programme(id))), .text(name))
        case nil: .text(context.t("value.notGiven"))
        }
    }

    /// A roadshow's stops in time order, and on a map.
    private func stopsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let markers: [FinlandMap.Marker] = stops.compactMap { stop in
            guard let place = stop.location else { return nil }
            return .init(
                name: "\(place.name): \(EventTime.text(stop.dates, language))", longitude: place.longitude, latitude: place.latitude,
                emphasised: stop.kind == .roadshow)
        }
        let map = FinlandMap.markers(
            markers, outlines: Array(RegionShapes.byCode.values), title: context.t("event.stopsMap", ["name": title.display(language)]))
        let table = DataTable(
            caption: context.t("event.stops"),
            columns: [context.t("event.when"), context.t("event.title"), context.t("event.where"), context.t("event.kind")],
            rows: stops.map { stop in
                [
                    .text(EventTime.text(stop.dates, language)),
                    .node(
                        .group(
                            .a(.href(context.link(.event(stop.id))), .text(stop.title.display(language))),
                            .if(stop.past, .group(.text(" "), Self.endedTag(context))))),
                    .text(stop.place ?? context.t("value.notGiven")), .text(context.t(stop.kind.labelKey)),
                ]
            })
        return .section(
            .h2(.text(context.t("event.stops"))),
            MapAndTable.render(
                map: map, legend: MapLegend.markers(filled: context.t("event.legendRoadshow"), hollow: context.t("event.legendOther")),
                table: table.render()))
    }

    /// Places and the way to register; nothing once the event is over (the organiser's list of who came is in their tools).
    private func registration(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let capacity = self.capacity, !isPast else { return .empty }
        let left = max(0, capacity - places.confirmed)
        let open = registrationOpen
        let link = context.link(.register(id), query: ["invitation": invitation])
        var status = context.t("event.placesLeft", ["left": Formatting.integer(left), "capacity": Formatting.integer(capacity)])
        if places.waiting > 0 { status += " " + context.t("event.waitingCount", ["count": Formatting.integer(places.waiting)]) }
        let window: String? = {
            if let opens = registrationOpensAt, now < opens {
                return context.t("event.registrationOpens", ["time": Formatting.dateTime(opens, context.language)])
            }
            if let closes = registrationClosesAt, now < closes {
                return context.t("event.registrationCloses", ["time": Formatting.dateTime(closes, context.language)])
            }
            return open ? nil : context.t("event.registrationClosed")
        }()
        return .section(
            .h2(.text(context.t("event.registration"))),
            .p(.text(status)),
            .unwrap(window) { .p(.text($0)) },
            .if(open, .p(.a(.class("button"), .href(link), .text(context.t(left > 0 ? "event.register" : "event.joinWaitingList"))))))
    }

    private func addToCalendar(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard canPlace else { return .empty }
        let title = self.title.display(context.language)
        let url = publicURL + context.link(.event(id))
        let query = ["invitation": invitation, "lang": context.language.rawValue]
        var links: [Node<HTML.ListContext>] = [
            .li(.a(.href("/api/v1/events/\(id)/calendar.ics" + SiteURL.queryString(query)), .text(context.t("event.ics"))))
        ]
        if let starts = dates.startsAt {
            let ends = dates.endsAt ?? starts.addingTimeInterval(3600)
            let google =
                "https://calendar.google.com/calendar/render"
                + SiteURL.queryString([
                    "action": "TEMPLATE", "text": title, "dates": ICalendar.utc(starts) + "/" + ICalendar.utc(ends), "details": url,
                    "location": place ?? onlineURL, "ctz": "Europe/Helsinki",
                ])
            let outlook =
                "https://outlook.office.com/calendar/0/deeplink/compose"
                + SiteURL.queryString([
                    "subject": title, "startdt": starts.formatted(.iso8601), "enddt": ends.formatted(.iso8601), "body": url,
                    "location": place ?? onlineURL, "path": "/calendar/action/compose", "rru": "addevent",
                ])
            links.append(.li(.a(.href(google), .attribute(named: "rel", value: "noopener"), .text(context.t("event.google")))))
            links.append(.li(.a(.href(outlook), .attribute(named: "rel", value: "noopener"), .text(context.t("event.outlook")))))
        }
        return .section(.h2(.text(context.t("event.addToCalendar"))), .ul(.group(links)))
    }

    /// Inputs grouped by theme, each with what became of it.
    private func inputsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !inputs.isEmpty || inputsOpen else { return .empty }
        return .section(
            .h2(.text(context.t("inputs.title", ["count": Formatting.integer(inputs.count)]))),
            InputList.grouped(inputs, context, actionNetwork: organiser ? networkID : nil),
            .if(
                inputsOpen && !organiser,
                .p(
                    .text(context.t("input.openNotice")),
                    .if(context.user != nil, .group(.text(" "), .a(.href(context.link(.newInput(id))), .text(context.t("input.send"))))))))
    }
}
