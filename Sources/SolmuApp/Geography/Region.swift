import Fluent
import Foundation

/// A maakunta (region) from Statistics Finland's classification; its id is the two-digit code.
final class Region: Model, NamedInThreeLanguages, @unchecked Sendable {
    static let schema = "regions"

    @ID(custom: "code", generatedBy: .user) var id: String?

    @Field(key: "name_fi") var nameFi: String
    @Field(key: "name_sv") var nameSv: String
    @Field(key: "name_en") var nameEn: String

    @Children(for: \.$region) var municipalities: [Municipality]

    init() {}

    init(code: String, nameFi: String, nameSv: String, nameEn: String) {
        self.id = code
        self.nameFi = nameFi
        self.nameSv = nameSv
        self.nameEn = nameEn
    }

    func name(_ language: Language) -> String { officialName(language) }
}
