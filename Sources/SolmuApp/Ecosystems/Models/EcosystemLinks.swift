import Fluent
import Foundation

/// Pivot: the municipalities an ecosystem covers.
final class EcosystemMunicipality: Model, @unchecked Sendable {
    static let schema = "ecosystem_municipalities"
    @ID(key: .id) var id: UUID?
    @Parent(key: "ecosystem_id") var ecosystem: Ecosystem
    @Parent(key: "municipality_code") var municipality: Municipality
    init() {}
    init(ecosystem: Int, municipality: String) { $ecosystem.id = ecosystem; $municipality.id = municipality }
}

/// Pivot: an organisation linked to an ecosystem explicitly (one located elsewhere, or one that joined).
final class EcosystemActor: Model, @unchecked Sendable {
    static let schema = "ecosystem_actors"
    @ID(key: .id) var id: UUID?
    @Parent(key: "ecosystem_id") var ecosystem: Ecosystem
    @Parent(key: "organization_id") var organization: Organization
    init() {}
    init(ecosystem: Int, organization: Int) { $ecosystem.id = ecosystem; $organization.id = organization }
}

/// Pivot: a competence the ecosystem lacks and wants.
final class EcosystemWantedCompetence: Model, @unchecked Sendable {
    static let schema = "ecosystem_wanted_competences"
    @ID(key: .id) var id: UUID?
    @Parent(key: "ecosystem_id") var ecosystem: Ecosystem
    @Parent(key: "competence_id") var competence: Competence
    init() {}
    init(ecosystem: Int, competence: String) { $ecosystem.id = ecosystem; $competence.id = competence }
}
