import Fluent
import Foundation

/// What one level (0–4) of a statement means for this statement, in words.
final class StatementLevel: Model, @unchecked Sendable {
    static let schema = "sa_statement_levels"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "statement_id") var statement: InstrumentStatement
    @Field(key: "level") var level: Int
    @Field(key: "text_fi") var textFi: String
    @Field(key: "text_sv") var textSv: String
    @Field(key: "text_en") var textEn: String

    init() {}

    var text: LocalizedText {
        get { LocalizedText(fi: textFi, sv: textSv, en: textEn) }
        set { textFi = newValue.fi ?? ""; textSv = newValue.sv ?? ""; textEn = newValue.en ?? "" }
    }
}
