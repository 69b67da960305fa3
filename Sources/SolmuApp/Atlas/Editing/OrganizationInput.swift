import Foundation

/// What a form or an API call submits for an organisation, before it is checked.
struct OrganizationInput: Codable, Sendable {
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
}

extension Organization {
    /// What the organisation holds now, as an input: the base a PATCH is laid over (`MergePatch`).
    /// Needs `competences` loaded.
    var input: OrganizationInput {
        var input = OrganizationInput()
        input.name = name
        input.type = type.rawValue
        input.businessId = businessID
        input.municipalityCode = $municipality.id
        input.website = website
        input.description = description
        input.competences = competences.compactMap(\.id)
        input.foundedYear = foundedYear
        input.sector = sector
        input.stage = stage?.rawValue
        return input
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
        return input
    }

    var foundedYearIsMalformed: Bool { foundedYear.nonEmpty != nil && foundedYear.nonEmpty.flatMap(Int.init) == nil }
}
