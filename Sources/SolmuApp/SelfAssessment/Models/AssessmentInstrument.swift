import Fluent
import Foundation

/// One version of Solmu's self-assessment questionnaire for innovation platforms. A version is edited while it is a
/// draft and frozen once published: answers point at its statements, and results are compared only within it.
final class AssessmentInstrument: Model, @unchecked Sendable {
    static let schema = "sa_instruments"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// The questionnaire across its versions, e.g. `solmu-platform`.
    @Field(key: "key") var key: String
    @Field(key: "version") var version: Int
    @Field(key: "name_fi") var nameFi: String
    @OptionalField(key: "name_sv") var nameSv: String?
    @OptionalField(key: "name_en") var nameEn: String?
    @OptionalField(key: "description_fi") var descriptionFi: String?
    @OptionalField(key: "description_sv") var descriptionSv: String?
    @OptionalField(key: "description_en") var descriptionEn: String?
    /// Nil while the version is a draft: only admins see it, and nobody can answer it.
    @OptionalField(key: "published_at") var publishedAt: Date?

    @Children(for: \.$instrument) var dimensions: [InstrumentDimension]

    init() {}

    var isPublished: Bool { publishedAt != nil }

    var name: LocalizedText {
        get { LocalizedText(fi: nameFi, sv: nameSv, en: nameEn) }
        set { nameFi = newValue.fi ?? ""; nameSv = newValue.sv; nameEn = newValue.en }
    }

    var description: LocalizedText {
        get { LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn) }
        set { descriptionFi = newValue.fi; descriptionSv = newValue.sv; descriptionEn = newValue.en }
    }

    /// Dimensions in questionnaire order (needs `dimensions` loaded).
    var orderedDimensions: [InstrumentDimension] { dimensions.sorted { $0.position < $1.position } }

    /// Every statement in questionnaire order (needs dimensions with their statements loaded).
    var orderedStatements: [InstrumentStatement] { orderedDimensions.flatMap(\.orderedStatements) }
}
