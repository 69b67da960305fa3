import Fluent
import Foundation

/// A municipality (kunta) in force in 2025; its id is the three-digit Statistics Finland code.
final class Municipality: Model, NamedInThreeLanguages, @unchecked Sendable {
    static let schema = "municipalities"

    @ID(custom: "code", generatedBy: .user) var id: String?

    @Field(key: "name_fi") var nameFi: String
    @Field(key: "name_sv") var nameSv: String
    @Field(key: "name_en") var nameEn: String
    @Parent(key: "region_code") var region: Region
    /// Kielisuhde: true when the municipality is officially bilingual, so both names are shown.
    @Field(key: "bilingual") var bilingual: Bool
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    @OptionalField(key: "population") var population: Int?

    init() {}

    init(
        code: String, nameFi: String, nameSv: String, nameEn: String, regionCode: String,
        bilingual: Bool, latitude: Double?, longitude: Double?, population: Int?
    ) {
        self.id = code
        self.nameFi = nameFi
        self.nameSv = nameSv
        self.nameEn = nameEn
        self.$region.id = regionCode
        self.bilingual = bilingual
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
    }

    /// The name in the page's language; a bilingual municipality shows its other official name too.
    func name(_ language: Language) -> String {
        switch language {
        case .fi: bilingual && nameSv != nameFi ? "\(nameFi) (\(nameSv))" : nameFi
        case .sv: bilingual && nameSv != nameFi ? "\(nameSv) (\(nameFi))" : nameSv
        case .en: officialName(.en)
        }
    }
}
