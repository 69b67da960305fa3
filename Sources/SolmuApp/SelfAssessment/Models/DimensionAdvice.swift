import Fluent
import Foundation

/// A concrete next step for a platform that is weak in a dimension.
final class DimensionAdvice: Model, @unchecked Sendable {
    static let schema = "sa_advice"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "dimension_id") var dimension: InstrumentDimension
    @Field(key: "position") var position: Int
    @Field(key: "text_fi") var textFi: String
    @Field(key: "text_sv") var textSv: String
    @Field(key: "text_en") var textEn: String

    init() {}

    var text: LocalizedText {
        get { LocalizedText(fi: textFi, sv: textSv, en: textEn) }
        set { textFi = newValue.fi ?? ""; textSv = newValue.sv ?? ""; textEn = newValue.en ?? "" }
    }
}
