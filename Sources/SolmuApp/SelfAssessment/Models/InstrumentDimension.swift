import Fluent
import Foundation

/// A dimension of the questionnaire (ownership and rules, usability, responsibility …): its statements are scored
/// together, and its advice is given when the platform is weak in it.
final class InstrumentDimension: Model, @unchecked Sendable {
    static let schema = "sa_dimensions"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "instrument_id") var instrument: AssessmentInstrument
    @Field(key: "position") var position: Int
    /// Stable across versions (`usability`): the trend of a platform follows a dimension by its key.
    @Field(key: "key") var key: String
    @Field(key: "name_fi") var nameFi: String
    @Field(key: "name_sv") var nameSv: String
    @Field(key: "name_en") var nameEn: String
    @OptionalField(key: "description_fi") var descriptionFi: String?
    @OptionalField(key: "description_sv") var descriptionSv: String?
    @OptionalField(key: "description_en") var descriptionEn: String?

    @Children(for: \.$dimension) var statements: [InstrumentStatement]
    @Children(for: \.$dimension) var advice: [DimensionAdvice]

    init() {}

    /// The dimension whose statements also serve as a call's responsibility criteria.
    static let responsibilityKey = "responsibility"

    var name: LocalizedText {
        get { LocalizedText(fi: nameFi, sv: nameSv, en: nameEn) }
        set { nameFi = newValue.fi ?? ""; nameSv = newValue.sv ?? ""; nameEn = newValue.en ?? "" }
    }

    var description: LocalizedText {
        get { LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn) }
        set { descriptionFi = newValue.fi; descriptionSv = newValue.sv; descriptionEn = newValue.en }
    }

    var orderedStatements: [InstrumentStatement] { statements.sorted { $0.position < $1.position } }
    var orderedAdvice: [DimensionAdvice] { advice.sorted { $0.position < $1.position } }
}
