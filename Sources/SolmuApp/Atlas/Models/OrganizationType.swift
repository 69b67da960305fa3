/// What kind of actor an organisation is; the raw value is stored and used in the API.
public enum OrganizationType: String, CaseIterable, Codable, Sendable {
    case municipality
    case regionalCouncil
    case developmentCompany
    case university
    case universityOfAppliedSciences
    case researchInstitute
    case company
    case startup
    case ministryOrAgency
    case association
    case other

    /// Translation key of the type's name.
    var labelKey: String { "organizationType.\(rawValue)" }
}
