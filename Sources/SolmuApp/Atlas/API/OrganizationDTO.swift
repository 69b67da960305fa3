import Vapor

/// An organisation as the API shows it.
struct OrganizationDTO: Content {
    var id: Int
    var name: String
    var type: OrganizationType
    var businessId: String?
    var municipalityCode: String?
    var regionCode: String?
    var website: String?
    var description: LocalizedText
    var competences: [String]
    var foundedYear: Int?
    var sector: String?
    var stage: StartupStage?
    var createdAt: Date?
    var updatedAt: Date?
}

extension Organization {
    /// Needs `municipality` and `competences` loaded.
    func toDTO() throws -> OrganizationDTO {
        OrganizationDTO(
            id: try requireID(), name: name, type: type, businessId: businessID,
            municipalityCode: $municipality.id, regionCode: $municipality.value??.$region.id,
            website: website, description: description,
            competences: competences.compactMap(\.id).sorted(), foundedYear: foundedYear, sector: sector, stage: stage,
            createdAt: createdAt, updatedAt: updatedAt
        )
    }

    static let csvHeader = [
        "id", "name", "type", "business_id", "municipality_code", "region_code", "website",
        "description_fi", "description_sv", "description_en", "competences", "founded_year", "sector", "stage",
    ]

    func csvRow() throws -> [String?] {
        let dto = try toDTO()
        return [
            "\(dto.id)", dto.name, dto.type.rawValue, dto.businessId, dto.municipalityCode, dto.regionCode, dto.website,
            dto.description.fi, dto.description.sv, dto.description.en, dto.competences.joined(separator: ";"),
            dto.foundedYear.map(String.init), dto.sector, dto.stage?.rawValue,
        ]
    }
}
