import Foundation

/// What a form or an API call submits for a network.
struct NetworkInput: Codable, Sendable {
    var name: String?
    var kind: String?
    var purpose: LocalizedText?
    var funding: LocalizedText?
    var startsOn: String?
    var endsOn: String?
    var website: String?
    var themes: [String]?
    var localities: [String]?
}

extension Network {
    /// What the network holds now, as an input: the base a PATCH is laid over (`MergePatch`).
    /// Needs `themes` and `localities` loaded.
    var input: NetworkInput {
        var input = NetworkInput()
        input.name = name
        input.kind = kind.rawValue
        input.purpose = purpose
        input.funding = funding
        input.startsOn = startsOn
        input.endsOn = endsOn
        input.website = website
        input.themes = themes.compactMap(\.id)
        input.localities = localities.compactMap(\.id)
        return input
    }
}

/// The network form: its fields once, the input made from what was posted, the values of a network to fill it with.
enum NetworkForm: FormDescription {
    enum Key: String, FormKey {
        case name, kind, purposeFi, purposeSv, purposeEn, fundingFi, fundingSv, fundingEn, startsOn, endsOn, website, themes, localities
    }

    static var fields: [FormField<Key>] {
        [.text(.name, "network.name", required: true, autocomplete: "off"), .select(.kind, "network.kind", required: true)]
            + FormField.textAreas(.purposeFi, .purposeSv, .purposeEn, "network.purpose")
            + FormField.textAreas(.fundingFi, .fundingSv, .fundingEn, "network.funding")
            + [
                .text(.startsOn, "network.startsOn", hint: "date.hint"), .text(.endsOn, "network.endsOn", hint: "date.hint"),
                .text(.website, "organization.website", type: .url, hint: "organization.websiteHint"),
                .checkboxes(.themes, "network.themes"), .checkboxes(.localities, "network.localities"),
            ]
    }

    static func input(_ posted: FormValues<Self>) -> NetworkInput {
        NetworkInput(
            name: posted[.name], kind: posted[.kind], purpose: posted.localized(.purposeFi, .purposeSv, .purposeEn),
            funding: posted.localized(.fundingFi, .fundingSv, .fundingEn), startsOn: posted[.startsOn], endsOn: posted[.endsOn],
            website: posted[.website], themes: posted.list(.themes), localities: posted.list(.localities))
    }

    static func values(of network: Network) -> FormValues<Self> {
        FormValues(
            [
                .name: network.name, .kind: network.kind.rawValue, .purposeFi: network.purposeFi, .purposeSv: network.purposeSv,
                .purposeEn: network.purposeEn, .fundingFi: network.fundingFi, .fundingSv: network.fundingSv, .fundingEn: network.fundingEn,
                .startsOn: network.startsOn, .endsOn: network.endsOn, .website: network.website,
            ],
            lists: [.themes: network.themes.compactMap(\.id), .localities: network.localities.compactMap(\.id)])
    }
}

/// A membership as a form or the API submits it.
struct MemberInput: Codable, Sendable {
    var organizationId: Int?
    var role: String?
    var contactPersonId: Int?
    var startsOn: String?
    var endsOn: String?
}

extension NetworkMember {
    /// The membership as it is now: the base a PATCH is laid over.
    var input: MemberInput {
        MemberInput(organizationId: $organization.id, role: role.rawValue, contactPersonId: $contactPerson.id, startsOn: startsOn, endsOn: endsOn)
    }
}

/// The membership form; the organisation is chosen only when joining.
enum MemberForm: FormDescription {
    enum Key: String, FormKey { case organizationId, role, contactPersonId, startsOn, endsOn }

    static var fields: [FormField<Key>] {
        [
            .select(.organizationId, "network.organization", required: true), .select(.role, "network.role", required: true),
            .select(.contactPersonId, "network.contact", empty: "network.noContact", hint: "network.contactHint"),
            .text(.startsOn, "network.startsOn", hint: "date.hint"), .text(.endsOn, "network.endsOn", hint: "date.hint"),
        ]
    }

    static func input(_ posted: FormValues<Self>) -> MemberInput {
        MemberInput(
            organizationId: posted.int(.organizationId), role: posted[.role], contactPersonId: posted.int(.contactPersonId),
            startsOn: posted[.startsOn], endsOn: posted[.endsOn])
    }

    static func values(of member: NetworkMember) -> FormValues<Self> {
        FormValues([
            .role: member.role.rawValue, .contactPersonId: member.$contactPerson.id.map(String.init),
            .startsOn: member.startsOn, .endsOn: member.endsOn,
        ])
    }
}
