import Fluent
import Foundation

/// A locality's or region's innovation ecosystem: its place (one or more municipalities), its actors,
/// strengths, strategy (vision, goals, actions) and the competences it lacks.
final class Ecosystem: Model, @unchecked Sendable {
    static let schema = "ecosystems"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "name") var name: String
    @OptionalField(key: "strengths_fi") var strengthsFi: String?
    @OptionalField(key: "strengths_sv") var strengthsSv: String?
    @OptionalField(key: "strengths_en") var strengthsEn: String?
    @OptionalField(key: "vision_fi") var visionFi: String?
    @OptionalField(key: "vision_sv") var visionSv: String?
    @OptionalField(key: "vision_en") var visionEn: String?
    /// Whom a company or research group contacts (the Invest-in page shows it).
    @OptionalParent(key: "contact_person_id") var contactPerson: Person?
    /// The organisation that keeps the ecosystem (a city or its development company).
    @OptionalParent(key: "coordinator_id") var coordinator: Organization?

    @Siblings(through: EcosystemMunicipality.self, from: \.$ecosystem, to: \.$municipality) var municipalities: [Municipality]
    @Siblings(through: EcosystemActor.self, from: \.$ecosystem, to: \.$organization) var linkedActors: [Organization]
    @Siblings(through: EcosystemWantedCompetence.self, from: \.$ecosystem, to: \.$competence) var wantedCompetences: [Competence]
    @Children(for: \.$ecosystem) var goals: [EcosystemGoal]
    @Children(for: \.$ecosystem) var actions: [EcosystemAction]

    init() {}

    var strengths: LocalizedText {
        get { LocalizedText(fi: strengthsFi, sv: strengthsSv, en: strengthsEn) }
        set { strengthsFi = newValue.fi; strengthsSv = newValue.sv; strengthsEn = newValue.en }
    }

    var vision: LocalizedText {
        get { LocalizedText(fi: visionFi, sv: visionSv, en: visionEn) }
        set { visionFi = newValue.fi; visionSv = newValue.sv; visionEn = newValue.en }
    }
}
