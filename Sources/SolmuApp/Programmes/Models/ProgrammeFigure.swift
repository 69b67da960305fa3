import Fluent

/// A figure the programme reported as a whole, as stated in its own material — not a sum of project reports
/// (6Aika: 708 companies and 5,685 job seekers took part in its employment projects; 13 calls; over 60 projects).
final class ProgrammeFigure: Model, @unchecked Sendable {
    static let schema = "programme_figures"

    /// How exact the stated figure is: "13 calls", "over 60 projects", "about 95 M€".
    enum Qualifier: String, Codable, CaseIterable, Sendable {
        case exact, moreThan, about

        var labelKey: String { "qualifier.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "programme_id") var programme: Programme
    @Field(key: "label_fi") var labelFi: String
    @OptionalField(key: "label_sv") var labelSv: String?
    @OptionalField(key: "label_en") var labelEn: String?
    /// Thousandths, like indicator values.
    @Field(key: "value") var value: Int64
    @Field(key: "qualifier") var qualifier: Qualifier
    /// The indicator this figure is the programme-level answer for, if any (shown beside its roll-up).
    @OptionalParent(key: "indicator_id") var indicator: Indicator?
    /// Where the figure was stated.
    @OptionalField(key: "source") var source: String?

    init() {}

    var label: LocalizedText { LocalizedText(fi: labelFi, sv: labelSv, en: labelEn) }
}
