import Fluent

/// A group that steers or decides for a programme or a network: 6Aika's management group (johtoryhmä) decides,
/// its steering group (ohjausryhmä) prepares; a round table, an alliance's board.
final class GoverningBody: Model, @unchecked Sendable {
    static let schema = "governing_bodies"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case managementGroup, steeringGroup, roundTable, allianceBoard, other

        var labelKey: String { "bodyKind.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @OptionalParent(key: "programme_id") var programme: Programme?
    @OptionalParent(key: "network_id") var network: Network?
    @Field(key: "kind") var kind: Kind
    @Field(key: "name_fi") var nameFi: String
    @OptionalField(key: "name_sv") var nameSv: String?
    @OptionalField(key: "name_en") var nameEn: String?

    @Children(for: \.$body) var members: [BodyMember]

    init() {}

    var name: LocalizedText {
        get { LocalizedText(fi: nameFi, sv: nameSv, en: nameEn) }
        set { nameFi = newValue.fi ?? ""; nameSv = newValue.sv; nameEn = newValue.en }
    }
}
