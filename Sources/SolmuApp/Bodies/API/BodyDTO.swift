import Vapor

struct BodyDTO: Content {
    var id: Int
    var programmeId: Int?
    var networkId: Int?
    var kind: GoverningBody.Kind
    var name: LocalizedText
    var members: [BodyMemberDTO]
}

/// A seat: deputies name the member they stand in for.
struct BodyMemberDTO: Content {
    var id: Int
    var personId: Int
    var personName: String
    var title: LocalizedText
    var organizationId: Int?
    var organizationName: String?
    var position: BodyMember.Position
    var deputyOfId: Int?
    var startsOn: String?
    var endsOn: String?
}

extension GoverningBody {
    /// Needs everything `BodyLoader.query` loads.
    func toDTO() throws -> BodyDTO {
        BodyDTO(
            id: try requireID(), programmeId: $programme.id, networkId: $network.id, kind: kind, name: name,
            members: try members.sorted { $0.order < $1.order }.map { try $0.toDTO() })
    }

    static let csvHeader = ["id", "programme_id", "network_id", "kind", "name_fi", "name_sv", "name_en", "members"]

    func csvRow() throws -> [String?] {
        [
            "\(try requireID())", $programme.id.map(String.init), $network.id.map(String.init), kind.rawValue, nameFi, nameSv, nameEn,
            "\(members.count)",
        ]
    }
}

extension BodyMember {
    /// Needs person and organisation loaded.
    func toDTO() throws -> BodyMemberDTO {
        BodyMemberDTO(
            id: try requireID(), personId: $person.id, personName: person.name, title: person.title, organizationId: $organization.id,
            organizationName: organization?.name, position: position, deputyOfId: $deputyOf.id, startsOn: startsOn, endsOn: endsOn)
    }

    static let csvHeader = ["id", "body_id", "person", "title_fi", "organization", "position", "deputy_of", "starts_on", "ends_on"]

    func csvRow() throws -> [String?] {
        [
            "\(try requireID())", "\($body.id)", person.name, person.title.fi, organization?.name, position.rawValue, $deputyOf.id.map(String.init),
            startsOn, endsOn,
        ]
    }
}
