import Fluent
import Foundation

/// A network of organisations working together: SIXNET, the regional towns' innovation-ecosystem network,
/// an alliance, the 6Aika cities. Its name is a proper name (not translated); purpose and funding are.
final class Network: Model, @unchecked Sendable {
    static let schema = "networks"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case network, project, alliance, cityCollaboration

        var labelKey: String { "networkKind.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: Kind
    @OptionalField(key: "purpose_fi") var purposeFi: String?
    @OptionalField(key: "purpose_sv") var purposeSv: String?
    @OptionalField(key: "purpose_en") var purposeEn: String?
    @OptionalField(key: "funding_fi") var fundingFi: String?
    @OptionalField(key: "funding_sv") var fundingSv: String?
    @OptionalField(key: "funding_en") var fundingEn: String?
    /// Partial ISO dates as known: `2022`, `2022-06` or `2022-06-15`.
    @OptionalField(key: "starts_on") var startsOn: String?
    @OptionalField(key: "ends_on") var endsOn: String?
    @OptionalField(key: "website") var website: String?

    @Children(for: \.$network) var members: [NetworkMember]
    @Siblings(through: NetworkTheme.self, from: \.$network, to: \.$competence) var themes: [Competence]
    @Siblings(through: NetworkLocality.self, from: \.$network, to: \.$municipality) var localities: [Municipality]

    init() {}

    var purpose: LocalizedText {
        get { LocalizedText(fi: purposeFi, sv: purposeSv, en: purposeEn) }
        set { purposeFi = newValue.fi; purposeSv = newValue.sv; purposeEn = newValue.en }
    }

    var funding: LocalizedText {
        get { LocalizedText(fi: fundingFi, sv: fundingSv, en: fundingEn) }
        set { fundingFi = newValue.fi; fundingSv = newValue.sv; fundingEn = newValue.en }
    }
}
