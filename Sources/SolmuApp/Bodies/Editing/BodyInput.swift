/// A governing body as the API and the form submit it: of a programme or of a network.
struct BodyInput: Codable, Sendable {
    var programmeId: Int?
    var networkId: Int?
    var kind: String?
    var name: LocalizedText?
}

/// A seat in a body; a deputy names the seat they stand in for.
struct SeatInput: Codable, Sendable {
    var personId: Int?
    var organizationId: Int?
    var position: String?
    var deputyOfId: Int?
    /// Partial ISO dates of the term (`2023`, `2023-06`, `2023-06-01`).
    var startsOn: String?
    var endsOn: String?
    var order: Int?
}

extension GoverningBody {
    var input: BodyInput { BodyInput(programmeId: $programme.id, networkId: $network.id, kind: kind.rawValue, name: name) }
}

extension BodyMember {
    var input: SeatInput {
        SeatInput(
            personId: $person.id, organizationId: $organization.id, position: position.rawValue, deputyOfId: $deputyOf.id,
            startsOn: startsOn, endsOn: endsOn, order: order)
    }
}
