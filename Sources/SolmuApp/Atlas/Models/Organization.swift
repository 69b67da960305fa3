import Fluent
import Foundation

/// An actor of an ecosystem: a city, a development company, a university, a company …
/// Its official name is never translated; its description is, per language.
final class Organization: Model, @unchecked Sendable {
    static let schema = "organizations"

    // Managed
    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // Data
    @Field(key: "name") var name: String
    @Field(key: "type") var type: OrganizationType
    @OptionalField(key: "business_id") var businessID: String?
    @OptionalField(key: "website") var website: String?
    @OptionalField(key: "description_fi") var descriptionFi: String?
    @OptionalField(key: "description_sv") var descriptionSv: String?
    @OptionalField(key: "description_en") var descriptionEn: String?
    @OptionalField(key: "founded_year") var foundedYear: Int?
    /// Startups only: the sector in the founder's words (e.g. "health technology") and the stage.
    @OptionalField(key: "sector") var sector: String?
    @OptionalField(key: "stage") var stage: StartupStage?
    /// Lower-cased name, for ordering the same way on both engines.
    @Field(key: "sort_name") var sortName: String
    /// Name, descriptions, competences and place folded to plain lower-case letters: what the full-text index reads.
    @Field(key: "search_text") var searchText: String

    // Relationships
    @OptionalParent(key: "municipality_code") var municipality: Municipality?
    @Siblings(through: OrganizationCompetence.self, from: \.$organization, to: \.$competence) var competences: [Competence]
    @Children(for: \.$organization) var people: [Person]

    init() {}

    var description: LocalizedText {
        get { LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn) }
        set { descriptionFi = newValue.fi; descriptionSv = newValue.sv; descriptionEn = newValue.en }
    }
}
