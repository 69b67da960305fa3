import Fluent

/// A member of an applying consortium: the lead applicant or a co-applicant, its contact person, and its part of
/// the budget and of the funding requested. A funded application's partners become the project's implementers.
final class ApplicationPartner: Model, @unchecked Sendable {
    static let schema = "application_partners"

    enum Role: String, Codable, CaseIterable, Sendable {
        case lead, coApplicant

        var labelKey: String { "applicantRole.\(rawValue)" }
        var implementerRole: ProjectImplementer.Role { self == .lead ? .lead : .coImplementer }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: FundingApplication
    @Parent(key: "organization_id") var organization: Organization
    @Field(key: "role") var role: Role
    @OptionalParent(key: "contact_person_id") var contactPerson: Person?
    @OptionalField(key: "budget_cents") var budgetCents: Int64?
    @OptionalField(key: "requested_cents") var requestedCents: Int64?

    init() {}
}
