import Vapor

struct RegionDTO: Content {
    var code: String
    var name: LocalizedText
    var municipalityCount: Int
}

struct MunicipalityDTO: Content {
    var code: String
    var name: LocalizedText
    var regionCode: String
    var bilingual: Bool
    var latitude: Double?
    var longitude: Double?
    var population: Int?
}

extension Region {
    func toDTO(municipalityCount: Int) -> RegionDTO {
        RegionDTO(code: id ?? "", name: names, municipalityCount: municipalityCount)
    }
}

extension Municipality {
    func toDTO() -> MunicipalityDTO {
        MunicipalityDTO(
            code: id ?? "", name: names, regionCode: $region.id,
            bilingual: bilingual, latitude: latitude, longitude: longitude, population: population)
    }

    static let csvHeader = ["code", "name_fi", "name_sv", "name_en", "region_code", "bilingual", "latitude", "longitude", "population"]

    var csvRow: [String?] {
        [
            id, nameFi, nameSv, nameEn, $region.id, bilingual ? "true" : "false",
            latitude.map { String($0) }, longitude.map { String($0) }, population.map(String.init),
        ]
    }
}
