import Plot
import Vapor

/// A network's public page: what it is about, who is in it with which role, and where (map and table). A section with
/// nothing in it is left out; its keepers see instead a line with the link to add what is missing.
struct NetworkPage {
    /// A theme the network works on, as a tag linking to the organisations with that competence.
    struct Theme {
        var id: String?
        var name: String
    }

    /// A membership as the members table shows it.
    struct Member {
        var id: Int
        var organizationID: Int
        var organizationName: String
        var role: NetworkMember.Role
        /// The organisation's home municipality, named in the page's language.
        var municipality: String?
        /// The contact person's name and title, joined.
        var contact: String?
        var startsOn: String?
        var endsOn: String?
    }

    /// A place of the network — a locality it covers or a member's home municipality — with the members there.
    struct Place {
        var code: String
        var name: String
        var longitude: Double?
        var latitude: Double?
        var members: [String]
    }

    /// A region, for the alliance's link to its startups.
    struct RegionLink {
        var code: String
        var name: String
    }

    /// One of its events, as a line of the events list.
    struct EventRow {
        var id: Int
        var title: LocalizedText
        var kind: Event.Kind
        /// When it happens, in the page's language.
        var when: String
    }

    var id: Int
    var name: String
    var kind: Network.Kind
    var startsOn: String?
    var endsOn: String?
    var funding: LocalizedText
    var website: String?
    var purpose: LocalizedText
    /// Sorted by name in the page's language.
    var themes: [Theme]
    /// In the order the page lists them: by role, then by name.
    var members: [Member]
    /// Sorted by Finnish name.
    var places: [Place]
    /// For an alliance: the region most of its localities are in.
    var startupsRegion: RegionLink?
    var canEdit: Bool
    var graph: CollaborationGraph
    var events: [EventRow] = []
    var followUp: FollowUpReport? = nil
    var platforms: LinkedPlatforms? = nil

    private var markers: [FinlandMap.Marker] {
        places.compactMap { place in
            guard let lon = place.longitude, let lat = place.latitude else { return nil }
            return .init(
                name: place.members.isEmpty ? place.name : "\(place.name): \(place.members.joined(separator: ", "))",
                longitude: lon, latitude: lat, emphasised: !place.members.isEmpty)
        }
    }

    func render(_ context: PageContext) -> Response {
        let n = self
        let language = context.language
        let map = FinlandMap.markers(markers, outlines: Array(RegionShapes.byCode.values), title: context.t("network.mapTitle", ["name": n.name]))
        let edit = context.link(.editNetwork(id))
        return Layout.page(
            context, title: n.name,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("networks.title"), href: context.link(.networks))],
                    current: n.name
                ).render(context),
                .h1(.text(n.name)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("network.kind"))), .dd(.text(context.t(n.kind.labelKey))),
                    .dt(.text(context.t("network.period"))),
                    .dd(.text(Formatting.period(n.startsOn, n.endsOn, language) ?? context.t("value.notGiven"))),
                    .dt(.text(context.t("network.funding"))), .dd(LocalizedNode.text(n.funding, context)),
                    .dt(.text(context.t("organization.website"))),
                    .dd(n.website.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? .text(context.t("value.notGiven")))
                ),
                n.purpose.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "network.noPurpose", add: ("network.addPurpose", edit), context)
                    : .section(.h2(.text(context.t("network.purpose"))), .p(LocalizedNode.text(n.purpose, context))),
                .unwrap(startupsRegion) { region in
                    .p(.a(.href(context.link(.startups(region.code))), .text(context.t("startups.link", ["region": region.name]))))
                },
                n.themes.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "missing.themes", add: ("missing.addThemes", edit), context)
                    : .section(
                        .h2(.text(context.t("network.themes"))),
                        .ul(
                            .class("tags"),
                            .forEach(n.themes) { theme in
                                .li(.a(.href(context.link(.organizations, query: ["competence": theme.id])), .text(theme.name)))
                            })),
                membersSection(context),
                places.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "network.noPlaces", add: ("network.addPlaces", edit), context)
                    : .section(
                        .h2(.text(context.t("network.where"))),
                        MapAndTable.render(
                            map: map,
                            legend: MapLegend.markers(filled: context.t("network.legendMember"), hollow: context.t("network.legendLocality")),
                            table: localitiesTable(context))),
                eventsSection(context),
                .unwrap(platforms) {
                    $0.render(context, aggregates: canEdit ? context.link(.platformAggregates, query: ["group": "network:\(id)"]) : nil)
                },
                .if(!graph.edges.isEmpty, CollaborationSection.render(graph, subjectName: n.name, context)),
                .if(
                    canEdit,
                    .section(
                        .class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                        .a(.class("button"), .href(context.link(.editNetwork(id))), .text(context.t("network.edit"))),
                        .a(.class("button button--danger"), .href(context.link(.deleteNetwork(id))), .text(context.t("network.delete"))))),
                OpenDataLine(
                    leadKey: "network.openData",
                    downloads: [
                        .json("/api/v1/networks/\(id)"),
                        .init(label: context.t("network.openDataMembers"), href: "/api/v1/networks/\(id)/members?format=csv"),
                    ]
                ).render(context)
            ))
    }

    /// The members with their roles; the keepers' "add a member" under them.
    private func membersSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !members.isEmpty else {
            return MissingLine.render(mayEdit: canEdit, "network.noMembers", add: ("network.addMember", context.link(.newMember(id))), context)
        }
        return .section(
            .h2(.text(context.t("network.members", ["count": Formatting.integer(members.count)]))),
            membersTable(context),
            .if(canEdit, .p(.a(.class("button"), .href(context.link(.newMember(id))), .text(context.t("network.addMember"))))))
    }

    /// Its events, and the promise made visible: "N inputs from M events, K answered by actions".
    private func eventsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !events.isEmpty else {
            return MissingLine.render(
                mayEdit: canEdit, "network.noEvents", add: ("event.new", context.link(.newEvent, query: ["network": "\(id)"])), context)
        }
        return .section(
            .h2(.text(context.t("network.events"))),
            .ul(
                .forEach(events) { event in
                    .li(
                        .a(.href(context.link(.event(event.id))), .text(event.title.display(context.language))),
                        .text(" – " + context.t(event.kind.labelKey) + ", " + event.when))
                }),
            .unwrap(followUp) { report in
                .p(.text(FollowUpPage.summary(report, context) + " "), .a(.href(context.link(.followUp(id))), .text(context.t("followUp.link"))))
            },
            .p(
                .a(.href(context.link(.events, query: ["network": "\(id)"])), .text(context.t("network.calendar"))), .text(" · "),
                .a(.href("/api/v1/networks/\(id)/calendar.ics?lang=\(context.language.rawValue)"), .text(context.t("events.subscribe"))),
                .if(canEdit, .group(.text(" · "), .a(.href(context.link(.newEvent, query: ["network": "\(id)"])), .text(context.t("event.new")))))))
    }

    private func membersTable(_ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        return .scrolling(
            context.t("network.membersCaption", ["name": name]),
            .table(
                .caption(.text(context.t("network.membersCaption", ["name": name]))),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("network.organization"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("network.role"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("organization.municipality"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("network.contact"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("network.period"))),
                        .if(canEdit, .th(.attribute(named: "scope", value: "col"), .text(context.t("users.actions")))))),
                .tbody(
                    .forEach(members) { member in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(context.link(.organization(member.organizationID))), .text(member.organizationName))),
                            .td(.text(context.t(member.role.labelKey))),
                            .td(.text(member.municipality ?? "–")),
                            .td(.text(member.contact ?? "–")),
                            .td(.text(Formatting.period(member.startsOn, member.endsOn, language) ?? "–")),
                            .if(
                                canEdit,
                                .td(
                                    .a(
                                        .href(context.link(.editMember(id, member.id))),
                                        .text(context.t("person.edit")), .span(.class("visually-hidden"), .text(": \(member.organizationName)"))))))
                    })))
    }

    private func localitiesTable(_ context: PageContext) -> Node<HTML.BodyContext> {
        .scrolling(
            context.t("network.placesCaption"),
            .table(
                .caption(.text(context.t("network.placesCaption"))),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("organization.municipality"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("network.membersThere"))))),
                .tbody(
                    .forEach(places) { place in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(context.link(.municipality(place.code))), .text(place.name))),
                            .td(.text(place.members.isEmpty ? "–" : place.members.joined(separator: ", "))))
                    })))
    }
}
