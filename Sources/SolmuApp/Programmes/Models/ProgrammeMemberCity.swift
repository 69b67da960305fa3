import Fluent

/// A city that is a member of a programme (the six cities of 6Aika). The eligibility rule counts member cities
/// by the municipality of each project implementer.
final class ProgrammeMemberCity: Model, @unchecked Sendable {
    static let schema = "programme_member_cities"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "organization_id") var organization: Organization

    init() {}

    init(programme: Int, organization: Int) {
        $programme.id = programme
        $organization.id = organization
    }
}
