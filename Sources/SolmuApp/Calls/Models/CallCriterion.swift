import Fluent

/// What applications to a call are scored on: a name and guidance for reviewers, a weight, and a scale of whole
/// points (e.g. 0–5). A responsibility criterion (Pirkanmaa's calls weigh responsibility) is marked as such.
final class CallCriterion: Model, @unchecked Sendable {
    static let schema = "call_criteria"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "call_id") var call: Call
    @Field(key: "order") var order: Int
    @Field(key: "name_fi") var nameFi: String
    @OptionalField(key: "name_sv") var nameSv: String?
    @OptionalField(key: "name_en") var nameEn: String?
    @OptionalField(key: "guidance_fi") var guidanceFi: String?
    @OptionalField(key: "guidance_sv") var guidanceSv: String?
    @OptionalField(key: "guidance_en") var guidanceEn: String?
    /// A whole number; the weighted total divides by the sum of weights, so percentages and relative weights both work.
    @Field(key: "weight") var weight: Int
    @Field(key: "scale_min") var scaleMin: Int
    @Field(key: "scale_max") var scaleMax: Int
    @Field(key: "responsibility") var responsibility: Bool

    init() { responsibility = false }

    var name: LocalizedText {
        get { LocalizedText(fi: nameFi, sv: nameSv, en: nameEn) }
        set { nameFi = newValue.fi ?? ""; nameSv = newValue.sv; nameEn = newValue.en }
    }

    var guidance: LocalizedText {
        get { LocalizedText(fi: guidanceFi, sv: guidanceSv, en: guidanceEn) }
        set { guidanceFi = newValue.fi; guidanceSv = newValue.sv; guidanceEn = newValue.en }
    }
}
