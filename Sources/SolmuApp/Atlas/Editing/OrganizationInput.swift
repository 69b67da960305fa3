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

/// The organisation form (`application/x-www-form-urlencoded`): its fields once, the input made from what was posted,
/// the values of an organisation to fill it with.
enum OrganizationForm: FormDescription {
    enum Key: String, FormKey {
        case name, type, businessId, municipalityCode, website, descriptionFi, descriptionSv, descriptionEn, competences, foundedYear, sector, stage
    }

    static var fields: [FormField<Key>] {
        [
            .text(.name, "organization.name", required: true, hint: "organization.nameHint", autocomplete: "organization"),
            .select(.type, "organization.type", required: true),
            .text(.businessId, "organization.businessId", hint: "organization.businessIdHint"),
            .select(.municipalityCode, "organization.municipality"),
            .text(.website, "organization.website", type: .url, hint: "organization.websiteHint", autocomplete: "url"),
        ]
            + FormField.textAreas(.descriptionFi, .descriptionSv, .descriptionEn, "organization.description")
            + [
                .checkboxes(.competences, "organization.competences"),
                .text(.foundedYear, "organization.foundedYear", hint: "organization.foundedYearHint"),
                .text(.sector, "organization.sector", hint: "organization.startupHint").shown(when: .type, is: OrganizationType.startup.rawValue),
                .select(.stage, "organization.stage", hint: "organization.startupHint").shown(when: .type, is: OrganizationType.startup.rawValue),
            ]
    }

    /// The error summary's labels: the fields', and `description`, where the editor reports a text too long in any language.
    static func summaryLabels(_ context: PageContext) -> [String: String] {
        labels(context).merging(["description": context.t("organization.description")]) { field, _ in field }
    }

    /// A year that is not a number is left out (`isMalformed(.foundedYear)` tells it); the form shows it back as typed.
    static func input(_ posted: FormValues<Self>) -> OrganizationInput {
        OrganizationInput(
            name: posted[.name], type: posted[.type], businessId: posted[.businessId], municipalityCode: posted[.municipalityCode],
            website: posted[.website], description: posted.localized(.descriptionFi, .descriptionSv, .descriptionEn),
            competences: posted.list(.competences), foundedYear: posted.int(.foundedYear), sector: posted[.sector], stage: posted[.stage])
    }

    /// Needs `competences` loaded.
    static func values(of organization: Organization) -> FormValues<Self> {
        FormValues(
            [
                .name: organization.name, .type: organization.type.rawValue, .businessId: organization.businessID,
                .municipalityCode: organization.$municipality.id, .website: organization.website,
                .descriptionFi: organization.descriptionFi, .descriptionSv: organization.descriptionSv, .descriptionEn: organization.descriptionEn,
                .foundedYear: organization.foundedYear.map(String.init), .sector: organization.sector, .stage: organization.stage?.rawValue,
            ],
            lists: [.competences: organization.competences.compactMap(\.id)])
    }
}
