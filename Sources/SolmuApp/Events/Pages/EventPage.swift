import Foundation
import Plot
import Vapor

/// An event's page: what, when (Helsinki time, or the date as known), where, registration with the places left
/// or the waiting list, "add to calendar", the public list of participants (only those who agreed), the inputs it
/// collected and what became of them. A roadshow shows its stops on a map and in time order.
struct EventPage {
    var event: Event
    var stops: [Event]
    var places: PlaceCount
    var participants: [ParticipantDTO]
    var inputs: [WorkshopInput]
    var organiser: Bool
    var invitation: String?
    var publicURL: String
    var now: Date

    func render(_ context: PageContext) -> Response {
        let id = event.id ?? 0
        let language = context.language
        let title = event.title.display(language)
        return Layout.page(context, title: title, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.events)), .text(context.t("events.title")))),
                     .unwrap(event.series) { series in .li(.a(.href(context.link(.event(series.id ?? 0))), .text(series.title.display(language)))) },
                     .li(.text(title)))),
            .h1(.text(title)),
            .if(!event.published, .p(.class("notice"), .text(context.t("event.unpublishedNotice")))),
            .if(event.byInvitation, .p(.class("notice"), .text(context.t("event.byInvitationNotice")))),
            facts(context),
            .section(.h2(.text(context.t("event.description"))), .p(LocalizedNode.text(event.description, context))),
            .if(!stops.isEmpty, stopsSection(context)),
            registration(context),
            addToCalendar(context),
            .if(!participants.isEmpty, .section(.h2(.text(context.t("event.participants", ["count": Formatting.integer(participants.count)]))),
                .ul(.forEach(participants) { .li(.text([$0.name, $0.organization].compactMap { $0 }.joined(separator: ", "))) }))),
            inputsSection(context),
            .if(organiser, .section(.class("actions"), .attribute(named: "aria-label", value: context.t("event.organiserTools")),
                .a(.class("button"), .href(context.link(.editEvent(id))), .text(context.t("event.edit"))),
                .if(event.takesRegistrations, .a(.class("button"), .href(context.link(.participants(id))), .text(context.t("participants.title")))),
                .a(.class("button"), .href(context.link(.newInput(id))), .text(context.t("input.record"))),
                .if(event.kind == .roadshow && event.$series.id == nil,
                    .a(.class("button"), .href(context.link(.newEvent, query: ["series": "\(id)"])), .text(context.t("event.addStop")))))),
            .if(organiser && event.byInvitation, .p(.text(context.t("event.invitationLink") + " "),
                .code(.text(publicURL + context.link(.event(id), query: ["invitation": event.invitationToken]))))),
            .p(.a(.href("/api/v1/events/\(id)"), .text(context.t("event.json"))))
        ))
    }

    private func facts(_ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        return .dl(.class("facts"),
            .dt(.text(context.t("event.kind"))), .dd(.text(context.t(event.kind.labelKey))),
            .dt(.text(context.t("event.when"))), .dd(.text(EventTime.text(event, language) + (event.startsAt == nil ? "" : " " + context.t("call.helsinkiTime")))),
            .dt(.text(context.t("event.where"))), .dd(.text(EventsPage.place(event, context) ?? context.t("value.notGiven"))),
            .unwrap(event.onlineURL) { url in .group(.dt(.text(context.t("event.onlineUrl"))), .dd(.a(.href(url), .attribute(named: "rel", value: "noopener"), .text(url)))) },
            .dt(.text(context.t("event.organiser"))),
            .dd(event.network.map { .a(.href(context.link(.network($0.id ?? 0))), .text($0.name)) }
                ?? event.programme.map { .a(.href(context.link(.programme($0.id ?? 0))), .text($0.name)) } ?? .text(context.t("value.notGiven"))),
            .dt(.text(context.t("network.themes"))),
            .dd(.text(event.themes.isEmpty ? context.t("value.notGiven") : event.themes.map { $0.name(language) }.sorted().joined(separator: ", "))))
    }

    /// A roadshow's stops in time order, and on a map.
    private func stopsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let markers: [FinlandMap.Marker] = stops.compactMap { stop in
            guard let place = stop.municipality, let lon = place.longitude, let lat = place.latitude else { return nil }
            return .init(name: "\(place.name(language)): \(EventTime.text(stop, language))", longitude: lon, latitude: lat, emphasised: stop.kind == .roadshow)
        }
        let map = FinlandMap.markers(markers, outlines: Array(RegionShapes.byCode.values), title: context.t("event.stopsMap", ["name": event.title.display(language)]))
        let table = DataTable(caption: context.t("event.stops"), columns: [context.t("event.when"), context.t("event.title"), context.t("event.where"), context.t("event.kind")],
                              rows: stops.map { stop in
                                  [.text(EventTime.text(stop, language)), .link(stop.title.display(language), href: context.link(.event(stop.id ?? 0))),
                                   .text(EventsPage.place(stop, context) ?? context.t("value.notGiven")), .text(context.t(stop.kind.labelKey))]
                              })
        return .section(.h2(.text(context.t("event.stops"))),
            .div(.class("map-and-table"), .element(named: "figure", nodes: [.raw(map)]), table.render()))
    }

    private func registration(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard event.takesRegistrations, let capacity = event.capacity else { return .empty }
        let left = max(0, capacity - places.confirmed)
        let open = event.registrationIsOpen(at: now)
        let link = context.link(.register(event.id ?? 0), query: ["invitation": invitation])
        var status = context.t("event.placesLeft", ["left": Formatting.integer(left), "capacity": Formatting.integer(capacity)])
        if places.waiting > 0 { status += " " + context.t("event.waitingCount", ["count": Formatting.integer(places.waiting)]) }
        let window: String? = {
            if let opens = event.registrationOpensAt, now < opens { return context.t("event.registrationOpens", ["time": Formatting.dateTime(opens, context.language)]) }
            if let closes = event.registrationClosesAt, now < closes { return context.t("event.registrationCloses", ["time": Formatting.dateTime(closes, context.language)]) }
            return open ? nil : context.t("event.registrationClosed")
        }()
        return .section(.h2(.text(context.t("event.registration"))),
            .p(.text(status)),
            .unwrap(window) { .p(.text($0)) },
            .if(open, .p(.a(.class("button"), .href(link), .text(context.t(left > 0 ? "event.register" : "event.joinWaitingList"))))))
    }

    private func addToCalendar(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard ICalendar.canPlace(event), let id = event.id else { return .empty }
        let title = event.title.display(context.language)
        let url = publicURL + context.link(.event(id))
        let query = ["invitation": invitation, "lang": context.language.rawValue]
        var links: [Node<HTML.ListContext>] = [.li(.a(.href("/api/v1/events/\(id)/calendar.ics" + SiteURL.queryString(query)), .text(context.t("event.ics"))))]
        if let starts = event.startsAt {
            let ends = event.endsAt ?? starts.addingTimeInterval(3600)
            let google = "https://calendar.google.com/calendar/render" + SiteURL.queryString([
                "action": "TEMPLATE", "text": title, "dates": ICalendar.utc(starts) + "/" + ICalendar.utc(ends), "details": url,
                "location": EventsPage.place(event, context) ?? event.onlineURL, "ctz": "Europe/Helsinki"])
            let outlook = "https://outlook.office.com/calendar/0/deeplink/compose" + SiteURL.queryString([
                "subject": title, "startdt": starts.formatted(.iso8601), "enddt": ends.formatted(.iso8601), "body": url,
                "location": EventsPage.place(event, context) ?? event.onlineURL, "path": "/calendar/action/compose", "rru": "addevent"])
            links.append(.li(.a(.href(google), .attribute(named: "rel", value: "noopener"), .text(context.t("event.google")))))
            links.append(.li(.a(.href(outlook), .attribute(named: "rel", value: "noopener"), .text(context.t("event.outlook")))))
        }
        return .section(.h2(.text(context.t("event.addToCalendar"))), .ul(.group(links)))
    }

    /// Inputs grouped by theme, each with what became of it.
    private func inputsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !inputs.isEmpty || event.inputsOpen else { return .empty }
        return .section(.h2(.text(context.t("inputs.title", ["count": Formatting.integer(inputs.count)]))),
            InputList.grouped(inputs, context, actionNetwork: organiser ? event.$network.id : nil),
            .if(event.inputsOpen && !organiser, .p(.text(context.t("input.openNotice")),
                .if(context.user != nil, .group(.text(" "), .a(.href(context.link(.newInput(event.id ?? 0))), .text(context.t("input.send"))))))))
    }
}
