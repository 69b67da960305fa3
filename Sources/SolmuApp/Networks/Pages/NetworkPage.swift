import Plot
import Vapor

/// A network's public page: what it is about, who is in it with which role, and where (map and table).
struct NetworkPage {
    var network: Network
    var canEdit: Bool
    var graph: CollaborationGraph
    var events: [Event] = []
    var followUp: FollowUpReport? = nil
    var platforms: LinkedPlatforms? = nil

    /// Every place of the network — the localities it covers and its members' home municipalities — with the members there.
    private var places: [(municipality: Municipality, members: [String])] {
        var places: [String: Municipality] = [:]
        var members: [String: [String]] = [:]
        for locality in network.localities { places[locality.id ?? ""] = locality }
        for member in network.members {
            guard let municipality = member.organization.municipality, let code = municipality.id else { continue }
            places[code] = municipality
            members[code, default: []].append(member.organization.name)
        }
        return places.map { code, municipality in (municipality, (members[code] ?? []).sorted()) }
            .sorted { $0.municipality.nameFi.finnishOrder < $1.municipality.nameFi.finnishOrder }
    }

    private func markers(_ language: Language) -> [FinlandMap.Marker] {
        places.compactMap { place in
            guard let lon = place.municipality.longitude, let lat = place.municipality.latitude else { return nil }
            let name = place.municipality.name(language)
            return .init(name: place.members.isEmpty ? name : "\(name): \(place.members.joined(separator: ", "))",
                         longitude: lon, latitude: lat, emphasised: !place.members.isEmpty)
        }
    }

    /// The region most of the network's localities are in (an alliance links to that region's startups).
    var mainRegion: Region? {
        let byRegion = Dictionary(grouping: network.localities, by: \.$region.id)
        return byRegion.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.value.first?.$region.value
    }

    func render(_ context: PageContext) -> Response {
        let n = network
        let language = context.language
        let id = n.id ?? 0
        let map = FinlandMap.markers(markers(language), outlines: Array(RegionShapes.byCode.values), title: context.t("network.mapTitle", ["name": n.name]))
        return Layout.page(context, title: n.name, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.networks)), .text(context.t("networks.title")))), .li(.text(n.name)))),
            .h1(.text(n.name)),
            .dl(.class("facts"),
                .dt(.text(context.t("network.kind"))), .dd(.text(context.t(n.kind.labelKey))),
                .dt(.text(context.t("network.period"))), .dd(.text(Formatting.period(n.startsOn, n.endsOn, language) ?? context.t("value.notGiven"))),
                .dt(.text(context.t("network.funding"))), .dd(LocalizedNode.text(n.funding, context)),
                .dt(.text(context.t("organization.website"))),
                .dd(n.website.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? .text(context.t("value.notGiven")))
            ),
            .section(.h2(.text(context.t("network.purpose"))), .p(LocalizedNode.text(n.purpose, context))),
            .unwrap(n.kind == .alliance ? mainRegion : nil) { region in
                .p(.a(.href(context.link(.startups(region.id ?? ""))), .text(context.t("startups.link", ["region": region.name(language)]))))
            },
            .section(.h2(.text(context.t("network.themes"))),
                n.themes.isEmpty ? .p(.text(context.t("value.notGiven"))) :
                    .ul(.class("tags"), .forEach(n.themes.sorted { $0.name(language).finnishOrder < $1.name(language).finnishOrder }) { theme in
                        .li(.a(.href(context.link(.organizations, query: ["competence": theme.id])), .text(theme.name(language))))
                    })),
            .section(.h2(.text(context.t("network.members", ["count": Formatting.integer(n.members.count)]))),
                membersTable(context),
                .if(canEdit, .p(.a(.class("button"), .href(context.link(.newMember(id))), .text(context.t("network.addMember"))))),
                .p(.a(.href("/api/v1/networks/\(id)/members?format=csv"), .text(context.t("network.membersCSV"))))),
            .section(.h2(.text(context.t("network.where"))),
                .div(.class("map-and-table"),
                    .element(named: "figure", nodes: [
                        .raw(map),
                        .element(named: "figcaption", nodes: [
                            .ul(.class("legend"),
                                .li(.span(.class("legend__swatch legend__swatch--member"), .attribute(named: "aria-hidden", value: "true")), .text(context.t("network.legendMember"))),
                                .li(.span(.class("legend__swatch"), .attribute(named: "aria-hidden", value: "true")), .text(context.t("network.legendLocality")))),
                        ]),
                    ]),
                    localitiesTable(context))),
            eventsSection(context),
            .unwrap(platforms) { $0.render(context, aggregates: canEdit ? context.link(.platformAggregates, query: ["group": "network:\(network.id ?? 0)"]) : nil) },
            CollaborationSection.render(graph, subjectName: n.name, context),
            .if(canEdit, .section(.class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                .a(.class("button"), .href(context.link(.editNetwork(id))), .text(context.t("network.edit"))),
                .a(.class("button button--danger"), .href(context.link(.deleteNetwork(id))), .text(context.t("network.delete")))))
        ))
    }

    /// Its events, and the promise made visible: "N inputs from M events, K answered by actions".
    private func eventsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        let id = network.id ?? 0
        return .section(.h2(.text(context.t("network.events"))),
            events.isEmpty ? .p(.text(context.t("events.none"))) :
            .ul(.forEach(events) { event in
                .li(.a(.href(context.link(.event(event.id ?? 0))), .text(event.title.display(context.language))),
                    .text(" – " + context.t(event.kind.labelKey) + ", " + EventTime.text(event, context.language)))
            }),
            .unwrap(followUp) { report in
                .p(.text(FollowUpPage.summary(report, context) + " "), .a(.href(context.link(.followUp(id))), .text(context.t("followUp.link"))))
            },
            .p(.a(.href(context.link(.events, query: ["network": "\(id)"])), .text(context.t("network.calendar"))), .text(" · "),
               .a(.href("/api/v1/networks/\(id)/calendar.ics?lang=\(context.language.rawValue)"), .text(context.t("events.subscribe"))),
               .if(canEdit, .group(.text(" · "), .a(.href(context.link(.newEvent, query: ["network": "\(id)"])), .text(context.t("event.new")))))))
    }


    private func membersTable(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !network.members.isEmpty else { return .p(.text(context.t("network.noMembers"))) }
        let language = context.language
        return .table(
            .caption(.text(context.t("network.membersCaption", ["name": network.name]))),
            .thead(.tr(
                .th(.attribute(named: "scope", value: "col"), .text(context.t("network.organization"))),
                .th(.attribute(named: "scope", value: "col"), .text(context.t("network.role"))),
                .th(.attribute(named: "scope", value: "col"), .text(context.t("organization.municipality"))),
                .th(.attribute(named: "scope", value: "col"), .text(context.t("network.contact"))),
                .th(.attribute(named: "scope", value: "col"), .text(context.t("network.period"))),
                .if(canEdit, .th(.attribute(named: "scope", value: "col"), .text(context.t("users.actions")))))),
            .tbody(.forEach(network.sortedMembers) { member in
                .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(context.link(.organization(member.$organization.id))), .text(member.organization.name))),
                    .td(.text(context.t(member.role.labelKey))),
                    .td(.text(member.organization.municipality?.name(language) ?? "–")),
                    .td(.text(member.contactPerson.map { person in
                        [person.name, person.title.resolved(language)?.text].compactMap { $0 }.joined(separator: ", ")
                    } ?? "–")),
                    .td(.text(Formatting.period(member.startsOn, member.endsOn, language) ?? "–")),
                    .if(canEdit, .td(.a(.href(context.link(.editMember(network.id ?? 0, member.id ?? 0))),
                                        .text(context.t("person.edit")), .span(.class("visually-hidden"), .text(": \(member.organization.name)"))))))
            }))
    }

    private func localitiesTable(_ context: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .caption(.text(context.t("network.placesCaption"))),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(context.t("organization.municipality"))),
                       .th(.attribute(named: "scope", value: "col"), .text(context.t("network.membersThere"))))),
            .tbody(.forEach(places) { place in
                .tr(.th(.attribute(named: "scope", value: "row"),
                        .a(.href(context.link(.municipality(place.municipality.id ?? ""))), .text(place.municipality.name(context.language)))),
                    .td(.text(place.members.isEmpty ? "–" : place.members.joined(separator: ", "))))
            }))
    }
}
