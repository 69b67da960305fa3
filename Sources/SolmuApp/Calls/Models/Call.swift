import Fluent
import Foundation

/// An open call of a programme (6Aika ran 13): applications are made to it between its opening and closing
/// time, assessed against its criteria, and decided by the programme's management group.
final class Call: Model, @unchecked Sendable {
    static let schema = "calls"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "programme_id") var programme: Programme
    /// The programme's running number of the call (6Aika's 13 calls were numbered); unique in the programme.
    @Field(key: "number") var number: Int
    @Field(key: "title_fi") var titleFi: String
    @OptionalField(key: "title_sv") var titleSv: String?
    @OptionalField(key: "title_en") var titleEn: String?
    @OptionalField(key: "description_fi") var descriptionFi: String?
    @OptionalField(key: "description_sv") var descriptionSv: String?
    @OptionalField(key: "description_en") var descriptionEn: String?
    /// Instants; entered and shown in Helsinki time.
    @Field(key: "opens_at") var opensAt: Date
    @Field(key: "closes_at") var closesAt: Date
    @OptionalField(key: "budget_cents") var budgetCents: Int64?
    /// Shown to the public only once published; until then the office prepares it.
    @Field(key: "published") var published: Bool
    /// A call made up to show how Solmu works (the demo's): marked as such wherever it is shown.
    @Field(key: "example") var example: Bool

    @Children(for: \.$call) var criteria: [CallCriterion]
    @Siblings(through: CallInstrument.self, from: \.$call, to: \.$instrument) var instruments: [FundingInstrument]
    @Siblings(through: CallTheme.self, from: \.$call, to: \.$competence) var themes: [Competence]

    init() { published = false; example = false }

    var title: LocalizedText {
        get { LocalizedText(fi: titleFi, sv: titleSv, en: titleEn) }
        set { titleFi = newValue.fi ?? ""; titleSv = newValue.sv; titleEn = newValue.en }
    }

    var description: LocalizedText {
        get { LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn) }
        set { descriptionFi = newValue.fi; descriptionSv = newValue.sv; descriptionEn = newValue.en }
    }

    /// Open for applications at `now`: published, opened, not yet closed (the closing instant itself is closed).
    func isOpen(at now: Date) -> Bool { published && opensAt <= now && now < closesAt }

    /// Sorted as the call page lists them.
    var sortedCriteria: [CallCriterion] { criteria.sorted { ($0.order, $0.id ?? 0) < ($1.order, $1.id ?? 0) } }
}
