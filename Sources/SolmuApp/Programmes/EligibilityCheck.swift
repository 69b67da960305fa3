/// A programme's eligibility rule applied to a project's implementers: 6Aika funds only projects with
/// implementers from at least two member cities. An implementer is "from" a member city when its municipality
/// is that city's municipality (a city's development company counts for the city). Network partners do not count.
struct EligibilityCheck {
    /// Member cities by municipality code → the city's name.
    let memberMunicipalities: [String: String]
    let minimum: Int?
    /// The member cities the project's implementers come from.
    let citiesCovered: [String]

    /// Needs the programme's member cities (with organisations) and the implementers' organisations loaded.
    init(programme: Programme, implementers: [ProjectImplementer]) {
        self.init(programme: programme, municipalities: implementers.filter { $0.role.implements }.map { $0.organization.$municipality.id })
    }

    /// The same rule over any list of organisations' municipalities (an applying consortium's, a project's implementers').
    init(programme: Programme, municipalities: [String?]) {
        var members: [String: String] = [:]
        for city in programme.memberCities {
            if let code = city.organization.$municipality.id { members[code] = city.organization.name }
        }
        memberMunicipalities = members
        minimum = programme.minMemberCities
        let codes = Set(municipalities.compactMap { $0 })
        citiesCovered = codes.compactMap { members[$0] }.sorted()
    }

    var hasRule: Bool { minimum != nil }
    var passes: Bool { citiesCovered.count >= (minimum ?? 0) }
    var memberCount: Int { memberMunicipalities.count }
}
