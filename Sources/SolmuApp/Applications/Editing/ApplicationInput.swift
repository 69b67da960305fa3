/// An application's own fields as the API and forms submit them. `version` is the version the editor read:
/// required for a change, so that two consortium members saving at once cannot overwrite each other.
struct ApplicationInput: Codable, Sendable {
    var callId: Int?
    var title: String?
    var summary: String?
    var objectives: String?
    /// On creation: the lead applicant (default: the organisation the user acts for).
    var leadOrganizationId: Int?
    var version: Int?
}

/// A member of the consortium.
struct PartnerInput: Codable, Sendable {
    var organizationId: Int?
    var role: String?
    var contactPersonId: Int?
    var budgetCents: Int64?
    var requestedCents: Int64?
}

/// A planned work package.
struct PlannedWorkPackageInput: Codable, Sendable {
    var number: Int?
    var title: String?
    var description: String?
    var responsibleId: Int?
}

/// What an action carries: the reason or rationale, the meeting that decided, the outcome, conditions.
struct StepInput: Codable, Sendable {
    var reason: String?
    var meetingId: Int?
    /// `funded` or `rejected`: what the steering group proposes, what the management group decides.
    var outcome: String?
    var conditions: String?
}

extension FundingApplication {
    var input: ApplicationInput {
        ApplicationInput(callId: $call.id, title: title, summary: summary, objectives: objectives, version: version)
    }
}

extension ApplicationPartner {
    var input: PartnerInput {
        PartnerInput(
            organizationId: $organization.id, role: role.rawValue, contactPersonId: $contactPerson.id, budgetCents: budgetCents,
            requestedCents: requestedCents)
    }
}

extension ApplicationWorkPackage {
    var input: PlannedWorkPackageInput {
        PlannedWorkPackageInput(number: number, title: title, description: description, responsibleId: $responsible.id)
    }
}
