import Fluent

/// A fund a programme's projects are financed from, and who administers it
/// (6Aika: ERDF by Uudenmaan liitto, ESF by Hämeen ELY-keskus).
final class FundingInstrument: Model, @unchecked Sendable {
    static let schema = "funding_instruments"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "programme_id") var programme: Programme
    /// Short code, unique in the programme: `ERDF`, `ESF`.
    @Field(key: "code") var code: String
    @Field(key: "name_fi") var nameFi: String
    @OptionalField(key: "name_sv") var nameSv: String?
    @OptionalField(key: "name_en") var nameEn: String?
    @OptionalParent(key: "administrator_id") var administrator: Organization?
    @OptionalField(key: "budget_cents") var budgetCents: Int64?

    init() {}
}

extension FundingInstrument {
    var name: LocalizedText { LocalizedText(fi: nameFi, sv: nameSv, en: nameEn) }
}
