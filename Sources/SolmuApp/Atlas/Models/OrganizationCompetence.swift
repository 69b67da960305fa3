import Fluent
import Foundation

/// Pivot: an organisation has a competence.
final class OrganizationCompetence: Model, @unchecked Sendable {
    static let schema = "organization_competences"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: Organization
    @Parent(key: "competence_id") var competence: Competence

    init() {}

    init(organization: Int, competence: String) {
        $organization.id = organization
        $competence.id = competence
    }
}
