import Foundation

/// What a form or an API call submits for a network; `present` as in `OrganizationInput`.
struct NetworkInput: Decodable, Sendable {
    var name: String?
    var kind: String?
    var purpose: LocalizedText?
    var funding: LocalizedText?
    var startsOn: String?
    var endsOn: String?
    var website: String?
    var themes: [String]?
    var localities: [String]?
    var present: Set<String> = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, kind, purpose, funding, startsOn, endsOn, website, themes, localities
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        present = Set(c.allKeys.map(\.stringValue))
        name = try c.decodeIfPresent(String.self, forKey: .name)
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        purpose = try c.decodeIfPresent(LocalizedText.self, forKey: .purpose)
        funding = try c.decodeIfPresent(LocalizedText.self, forKey: .funding)
        startsOn = try c.decodeIfPresent(String.self, forKey: .startsOn)
        endsOn = try c.decodeIfPresent(String.self, forKey: .endsOn)
        website = try c.decodeIfPresent(String.self, forKey: .website)
        themes = try c.decodeIfPresent([String].self, forKey: .themes)
        localities = try c.decodeIfPresent([String].self, forKey: .localities)
    }

    /// Needs `themes` and `localities` loaded.
    func overlaid(on network: Network) -> NetworkInput {
        var merged = NetworkInput()
        merged.name = present.contains("name") ? name : network.name
        merged.kind = present.contains("kind") ? kind : network.kind.rawValue
        merged.purpose = present.contains("purpose") ? purpose : network.purpose
        merged.funding = present.contains("funding") ? funding : network.funding
        merged.startsOn = present.contains("startsOn") ? startsOn : network.startsOn
        merged.endsOn = present.contains("endsOn") ? endsOn : network.endsOn
        merged.website = present.contains("website") ? website : network.website
        merged.themes = present.contains("themes") ? themes : network.themes.compactMap(\.id)
        merged.localities = present.contains("localities") ? localities : network.localities.compactMap(\.id)
        return merged
    }
}

/// The network form as the browser posts it.
struct NetworkForm: Decodable {
    var name: String?
    var kind: String?
    var purposeFi: String?
    var purposeSv: String?
    var purposeEn: String?
    var fundingFi: String?
    var fundingSv: String?
    var fundingEn: String?
    var startsOn: String?
    var endsOn: String?
    var website: String?
    var themes: [String]?
    var localities: [String]?

    var input: NetworkInput {
        var input = NetworkInput()
        input.name = name
        input.kind = kind
        input.purpose = LocalizedText(fi: purposeFi, sv: purposeSv, en: purposeEn)
        input.funding = LocalizedText(fi: fundingFi, sv: fundingSv, en: fundingEn)
        input.startsOn = startsOn
        input.endsOn = endsOn
        input.website = website
        input.themes = themes ?? []
        input.localities = localities ?? []
        input.present = Set(NetworkInput.CodingKeys.allCases.map(\.rawValue))
        return input
    }
}

/// A membership as a form or the API submits it.
struct MemberInput: Decodable, Sendable {
    var organizationId: Int?
    var role: String?
    var contactPersonId: Int?
    var startsOn: String?
    var endsOn: String?
    var present: Set<String> = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case organizationId, role, contactPersonId, startsOn, endsOn
    }

    init(organizationId: Int?, role: String?, contactPersonId: Int?, startsOn: String?, endsOn: String?) {
        (self.organizationId, self.role, self.contactPersonId, self.startsOn, self.endsOn) = (organizationId, role, contactPersonId, startsOn, endsOn)
        present = Set(CodingKeys.allCases.map(\.rawValue))
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        present = Set(c.allKeys.map(\.stringValue))
        organizationId = try c.decodeIfPresent(Int.self, forKey: .organizationId)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        contactPersonId = try c.decodeIfPresent(Int.self, forKey: .contactPersonId)
        startsOn = try c.decodeIfPresent(String.self, forKey: .startsOn)
        endsOn = try c.decodeIfPresent(String.self, forKey: .endsOn)
    }

    /// The membership's current values with this (partial) input laid over them; the organisation never changes.
    func overlaid(on member: NetworkMember) -> MemberInput {
        MemberInput(organizationId: member.$organization.id,
                    role: present.contains("role") ? role : member.role.rawValue,
                    contactPersonId: present.contains("contactPersonId") ? contactPersonId : member.$contactPerson.id,
                    startsOn: present.contains("startsOn") ? startsOn : member.startsOn,
                    endsOn: present.contains("endsOn") ? endsOn : member.endsOn)
    }
}

struct MemberForm: Decodable {
    var organizationId: String?
    var role: String?
    var contactPersonId: String?
    var startsOn: String?
    var endsOn: String?

    var input: MemberInput {
        MemberInput(organizationId: organizationId.nonEmpty.flatMap(Int.init), role: role,
                    contactPersonId: contactPersonId.nonEmpty.flatMap(Int.init), startsOn: startsOn, endsOn: endsOn)
    }
}
