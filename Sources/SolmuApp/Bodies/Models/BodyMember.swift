import Fluent

/// A seat in a governing body: the person, the organisation they represent, their position and term.
/// A deputy is a seat of its own tied to the member they stand in for (`deputyOf`).
final class BodyMember: Model, @unchecked Sendable {
    static let schema = "body_members"

    /// Ordered as a body's page lists its members.
    enum Position: String, Codable, CaseIterable, Sendable {
        case chair, viceChair, member, presentingOfficial, secretary

        var labelKey: String { "bodyPosition.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "body_id") var body: GoverningBody
    @Parent(key: "person_id") var person: Person
    @OptionalParent(key: "organization_id") var organization: Organization?
    @Field(key: "position") var position: Position
    @OptionalParent(key: "deputy_of") var deputyOf: BodyMember?
    /// Partial ISO dates of the term, as known.
    @OptionalField(key: "starts_on") var startsOn: String?
    @OptionalField(key: "ends_on") var endsOn: String?
    /// The order the body lists its members in (the seed's order).
    @Field(key: "position_order") var order: Int

    init() {}
}
