import Fluent
import Foundation

/// A development programme that funds projects through open calls: 6Aika, a regional council's RDI programme.
/// Its name is a proper name; its purpose is written in each language.
final class Programme: Model, @unchecked Sendable {
    static let schema = "programmes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "name") var name: String
    @OptionalField(key: "purpose_fi") var purposeFi: String?
    @OptionalField(key: "purpose_sv") var purposeSv: String?
    @OptionalField(key: "purpose_en") var purposeEn: String?
    /// Partial ISO dates as known (`2014`, `2014-06`, `2014-06-15`).
    @OptionalField(key: "starts_on") var startsOn: String?
    @OptionalField(key: "ends_on") var endsOn: String?
    /// Euro cents; nil when unknown. The seed says "about 95 M€", hence the flag.
    @OptionalField(key: "budget_cents") var budgetCents: Int64?
    @Field(key: "budget_approximate") var budgetApproximate: Bool
    @OptionalField(key: "website") var website: String?
    /// The organisation that runs the programme (6Aika: the strategy office at Forum Virium Helsinki); its users coordinate.
    @OptionalParent(key: "coordinator_id") var coordinator: Organization?
    /// The eligibility rule: every project has implementers from at least this many member cities (6Aika: 2).
    @OptionalField(key: "min_member_cities") var minMemberCities: Int?
    /// Target groups, `;`-separated codes of `TargetGroup`.
    @Field(key: "target_groups") var targetGroupCodes: String

    @Children(for: \.$programme) var memberCities: [ProgrammeMemberCity]
    @Children(for: \.$programme) var instruments: [FundingInstrument]
    @Children(for: \.$programme) var indicators: [Indicator]
    @Children(for: \.$programme) var figures: [ProgrammeFigure]
    @Siblings(through: ProgrammeTheme.self, from: \.$programme, to: \.$competence) var themes: [Competence]

    init() { budgetApproximate = false; targetGroupCodes = "" }

    var purpose: LocalizedText {
        get { LocalizedText(fi: purposeFi, sv: purposeSv, en: purposeEn) }
        set { purposeFi = newValue.fi; purposeSv = newValue.sv; purposeEn = newValue.en }
    }

    var targetGroups: [TargetGroup] {
        get { TargetGroup.decode(targetGroupCodes) }
        set { targetGroupCodes = TargetGroup.encode(newValue) }
    }
}
