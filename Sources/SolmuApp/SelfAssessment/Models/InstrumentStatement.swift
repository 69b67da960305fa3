import Fluent
import Foundation

/// A statement the platform is rated on, 0–4, each level described in words so that a platform manager can place
/// the platform without help.
final class InstrumentStatement: Model, @unchecked Sendable {
    static let schema = "sa_statements"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    /// Kept beside the dimension so an answer for another version's statement is refused in one lookup.
    @Parent(key: "instrument_id") var instrument: AssessmentInstrument
    @Parent(key: "dimension_id") var dimension: InstrumentDimension
    @Field(key: "position") var position: Int
    @Field(key: "key") var key: String
    @Field(key: "text_fi") var textFi: String
    @Field(key: "text_sv") var textSv: String
    @Field(key: "text_en") var textEn: String

    @Children(for: \.$statement) var levels: [StatementLevel]

    init() {}

    var text: LocalizedText {
        get { LocalizedText(fi: textFi, sv: textSv, en: textEn) }
        set { textFi = newValue.fi ?? ""; textSv = newValue.sv ?? ""; textEn = newValue.en ?? "" }
    }
}
