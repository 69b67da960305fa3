import Fluent

/// A term of the competence / theme vocabulary; its id is a stable slug such as `ai-automation`.
final class Competence: Model, NamedInThreeLanguages, @unchecked Sendable {
    static let schema = "competences"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "name_fi") var nameFi: String
    @Field(key: "name_sv") var nameSv: String
    @Field(key: "name_en") var nameEn: String

    @Siblings(through: OrganizationCompetence.self, from: \.$competence, to: \.$organization)
    var organizations: [Organization]

    init() {}

    init(id: String, fi: String, sv: String, en: String) {
        self.id = id
        self.nameFi = fi
        self.nameSv = sv
        self.nameEn = en
    }

    func name(_ language: Language) -> String { officialName(language) }
}
