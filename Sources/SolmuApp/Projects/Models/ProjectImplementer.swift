import Fluent

/// An organisation carrying out a project: the lead implementer, co-implementers and network partners,
/// each with a contact person and its share of the budget.
final class ProjectImplementer: Model, @unchecked Sendable {
    static let schema = "project_implementers"

    /// Ordered as a project page lists them.
    enum Role: String, Codable, CaseIterable, Sendable {
        case lead, coImplementer, networkPartner

        var labelKey: String { "implementerRole.\(rawValue)" }
        /// Network partners take part without being implementers in the funder's sense.
        var implements: Bool { self != .networkPartner }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "project_id") var project: Project
    @Parent(key: "organization_id") var organization: Organization
    @Field(key: "role") var role: Role
    @OptionalParent(key: "contact_person_id") var contactPerson: Person?
    @OptionalField(key: "budget_cents") var budgetCents: Int64?

    init() {}
}
