import Foundation

/// What a form or an API call submits for an organisation, before it is checked.
/// `present` records which fields a PATCH named, so that absent fields keep their value and `null` clears one.
struct OrganizationInput: Decodable, Sendable {
    var name: String?
    var type: String?
    var businessId: String?
    var municipalityCode: String?
    var website: String?
    var description: LocalizedText?
    var competences: [String]?
    var foundedYear: Int?
    var sector: String?
    var stage: String?
    var present: Set<String> = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, type, businessId, municipalityCode, website, description, competences, foundedYear, sector, stage
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        present = Set(c.allKeys.map(\.stringValue))
        name = try c.decodeIfPresent(String.self, forKey: .name)
        type = try c.decodeIfPresent(String.self, forKey: .type)
        businessId = try c.decodeIfPresent(String.self, forKey: .businessId)
        municipalityCode = try c.decodeIfPresent(String.self, forKey: .municipalityCode)
        website = try c.decodeIfPresent(String.self, forKey: .website)
        description = try c.decodeIfPresent(LocalizedText.self, forKey: .description)
        competences = try c.decodeIfPresent([String].self, forKey: .competences)
        foundedYear = try c.decodeIfPresent(Int.self, forKey: .foundedYear)
        sector = try c.decodeIfPresent(String.self, forKey: .sector)
        stage = try c.decodeIfPresent(String.self, forKey: .stage)
    }

    /// The organisation's current values with this (partial) input laid over them.
    func overlaid(on organization: Organization, competenceIDs: [String]) -> OrganizationInput {
        var merged = OrganizationInput()
        merged.name = present.contains("name") ? name : organization.name
        merged.type = present.contains("type") ? type : organization.type.rawValue
        merged.businessId = present.contains("businessId") ? businessId : organization.businessID
        merged.municipalityCode = present.contains("municipalityCode") ? municipalityCode : organization.$municipality.id
        merged.website = present.contains("website") ? website : organization.website
        merged.description = present.contains("description") ? description : organization.description
        merged.competences = present.contains("competences") ? competences : competenceIDs
        merged.foundedYear = present.contains("foundedYear") ? foundedYear : organization.foundedYear
        merged.sector = present.contains("sector") ? sector : organization.sector
        merged.stage = present.contains("stage") ? stage : organization.stage?.rawValue
        return merged
    }
}

/// The organisation form as the browser posts it (`application/x-www-form-urlencoded`).
struct OrganizationForm: Decodable {
    var name: String?
    var type: String?
    var businessId: String?
    var municipalityCode: String?
    var website: String?
    var descriptionFi: String?
    var descriptionSv: String?
    var descriptionEn: String?
    var competences: [String]?
    var foundedYear: String?
    var sector: String?
    var stage: String?

    /// A year that is not a number stays as typed, so the form can show it back with its error.
    var input: OrganizationInput {
        var input = OrganizationInput()
        input.name = name
        input.type = type
        input.businessId = businessId
        input.municipalityCode = municipalityCode
        input.website = website
        input.description = LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn)
        input.competences = competences ?? []
        input.foundedYear = foundedYear.nonEmpty.flatMap(Int.init)
        input.sector = sector
        input.stage = stage
        input.present = Set(OrganizationInput.CodingKeys.allCases.map(\.rawValue))
        return input
    }

    var foundedYearIsMalformed: Bool { foundedYear.nonEmpty != nil && foundedYear.nonEmpty.flatMap(Int.init) == nil }
}
