/// Reference data that has an official name in Finnish, Swedish and English (regions, competences, municipalities).
protocol NamedInThreeLanguages {
    var nameFi: String { get }
    var nameSv: String { get }
    var nameEn: String { get }
}

extension NamedInThreeLanguages {
    var names: LocalizedText { LocalizedText(fi: nameFi, sv: nameSv, en: nameEn) }

    /// The official name in `language`.
    func officialName(_ language: Language) -> String {
        switch language {
        case .fi: nameFi
        case .sv: nameSv
        case .en: nameEn.isEmpty ? nameFi : nameEn
        }
    }
}
