import Fluent

/// An indicator in a programme's catalogue: projects set targets for it and report actual values per period.
final class Indicator: Model, @unchecked Sendable {
    static let schema = "indicators"

    /// How one project's reports over its periods add up to its actual value. The programme's figure is
    /// the sum of its projects' actual values in every case.
    enum Aggregation: String, Codable, CaseIterable, Sendable {
        /// Flows: companies taking part each period add up.
        case sum
        /// Peaks: the highest value any period reached.
        case maximum
        /// Stocks: the value of the most recent period.
        case latest

        var labelKey: String { "aggregation.\(rawValue)" }
    }

    enum Unit: String, Codable, CaseIterable, Sendable {
        case count, companies, persons, organisations, euros, percent, hours

        var labelKey: String { "unit.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "programme_id") var programme: Programme
    /// Short code, unique in the programme: `companies`, `jobSeekers`.
    @Field(key: "code") var code: String
    @Field(key: "name_fi") var nameFi: String
    @OptionalField(key: "name_sv") var nameSv: String?
    @OptionalField(key: "name_en") var nameEn: String?
    @Field(key: "unit") var unit: Unit
    @Field(key: "aggregation") var aggregation: Aggregation

    init() {}
}

extension Indicator {
    var name: LocalizedText { LocalizedText(fi: nameFi, sv: nameSv, en: nameEn) }
}
