import Fluent
import Vapor

extension NetworkPage {
    /// The page's loader: the network (404 when there is none) with its members, themes and localities, its collaboration
    /// graph, its public events, what they heard and the platforms linked to it, as plain rows in `language`;
    /// `viewer` decides whether the page offers the keepers' links.
    static func load(_ networkID: Int, viewer: User?, language: Language, on database: any Database) async throws -> NetworkPage {
        let network = try await NetworkLoader.require(networkID, on: database)
        let id = try network.requireID()
        let canEdit = try await viewer.asyncMap { try await NetworkAccess.canEdit($0, networkID: id, on: database) } ?? false
        let graph = try await CollaborationGraphLoader.around(network.members.map(\.$organization.id), on: database)
        // Its events (roadshows as one line each: their stops are on the roadshow's page) and what they heard.
        let events = try await EventLoader.calendar(CalendarFilter(network: id), on: database).filter { $0.$series.id == nil }
        let followUp = try await FollowUpReport.load(id, on: database)
        let platforms = try await LinkedPlatforms.load(.network(id), on: database)
        return NetworkPage(
            id: id, name: network.name, kind: network.kind, startsOn: network.startsOn, endsOn: network.endsOn,
            funding: network.funding, website: network.website, purpose: network.purpose,
            themes: network.themes.sorted { $0.name(language).finnishOrder < $1.name(language).finnishOrder }
                .map { Theme(id: $0.id, name: $0.name(language)) },
            members: network.sortedMembers.map { member in
                Member(
                    id: member.id ?? 0, organizationID: member.$organization.id, organizationName: member.organization.name, role: member.role,
                    municipality: member.organization.municipality?.name(language),
                    contact: member.contactPerson.map { person in
                        [person.name, person.title.resolved(language)?.text].compactMap { $0 }.joined(separator: ", ")
                    },
                    startsOn: member.startsOn, endsOn: member.endsOn)
            },
            places: places(of: network, language),
            startupsRegion: network.kind == .alliance ? mainRegion(of: network).map { RegionLink(code: $0.id ?? "", name: $0.name(language)) } : nil,
            canEdit: canEdit, graph: graph,
            events: try events.map { event in
                EventRow(id: try event.requireID(), title: event.title, kind: event.kind, when: EventTime.text(event, language))
            },
            followUp: followUp, platforms: platforms)
    }

    /// Every place of the network — the localities it covers and its members' home municipalities — with the members there.
    /// Needs `localities` and the members' organisations with their municipalities loaded.
    private static func places(of network: Network, _ language: Language) -> [Place] {
        var places: [String: Municipality] = [:]
        var members: [String: [String]] = [:]
        for locality in network.localities { places[locality.id ?? ""] = locality }
        for member in network.members {
            guard let municipality = member.organization.municipality, let code = municipality.id else { continue }
            places[code] = municipality
            members[code, default: []].append(member.organization.name)
        }
        let sorted: [(municipality: Municipality, members: [String])] = places.map { code, municipality in
            (municipality, (members[code] ?? []).sorted())
        }
        .sorted { $0.municipality.nameFi.finnishOrder < $1.municipality.nameFi.finnishOrder }
        return sorted.map { place in
            Place(
                code: place.municipality.id ?? "", name: place.municipality.name(language), longitude: place.municipality.longitude,
                latitude: place.municipality.latitude, members: place.members)
        }
    }

    /// The region most of the network's localities are in (an alliance links to that region's startups). Needs the localities' regions loaded.
    private static func mainRegion(of network: Network) -> Region? {
        let byRegion = Dictionary(grouping: network.localities, by: \.$region.id)
        return byRegion.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.value.first?.$region.value
    }
}
