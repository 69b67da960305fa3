import Vapor

struct NetworkDTO: Content {
    var id: Int
    var name: String
    var kind: Network.Kind
    var purpose: LocalizedText
    var funding: LocalizedText
    var startsOn: String?
    var endsOn: String?
    var website: String?
    var themes: [String]
    var localities: [String]
    var memberCount: Int
}

struct NetworkMemberDTO: Content {
    var id: Int
    var networkId: Int
    var organizationId: Int
    var organizationName: String
    var role: NetworkMember.Role
    var contactPersonId: Int?
    var startsOn: String?
    var endsOn: String?
}

extension Network {
    /// Needs themes, localities and members loaded.
    func toDTO() throws -> NetworkDTO {
        NetworkDTO(
            id: try requireID(), name: name, kind: kind, purpose: purpose, funding: funding, startsOn: startsOn, endsOn: endsOn,
            website: website, themes: themes.compactMap(\.id).sorted(), localities: localities.compactMap(\.id).sorted(),
            memberCount: members.count)
    }

    static let csvHeader = [
        "id", "name", "kind", "purpose_fi", "purpose_sv", "purpose_en", "starts_on", "ends_on", "website",
        "themes", "localities", "member_count",
    ]

    func csvRow() throws -> [String?] {
        let dto = try toDTO()
        return [
            "\(dto.id)", dto.name, dto.kind.rawValue, dto.purpose.fi, dto.purpose.sv, dto.purpose.en, dto.startsOn, dto.endsOn,
            dto.website, dto.themes.joined(separator: ";"), dto.localities.joined(separator: ";"), "\(dto.memberCount)",
        ]
    }
}

extension NetworkMember {
    /// Needs `organization` loaded.
    func toDTO() throws -> NetworkMemberDTO {
        NetworkMemberDTO(
            id: try requireID(), networkId: $network.id, organizationId: $organization.id, organizationName: organization.name,
            role: role, contactPersonId: $contactPerson.id, startsOn: startsOn, endsOn: endsOn)
    }

    static let csvHeader = ["id", "network_id", "organization_id", "organization_name", "role", "contact_person_id", "starts_on", "ends_on"]

    func csvRow() throws -> [String?] {
        let dto = try toDTO()
        return [
            "\(dto.id)", "\(dto.networkId)", "\(dto.organizationId)", dto.organizationName, dto.role.rawValue,
            dto.contactPersonId.map(String.init), dto.startsOn, dto.endsOn,
        ]
    }
}
