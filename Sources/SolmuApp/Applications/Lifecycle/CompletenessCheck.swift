/// What an application must have before it can be submitted; each missing part is named (as a field of the
/// application), so the consortium sees everything that is left to do at once.
enum CompletenessCheck {
    /// Every part the check may name.
    static let parts = ["summary", "objectives", "partners", "contacts", "budget", "workPackages", "targets"]

    /// Needs partners, work packages, targets and the call's programme indicators loaded.
    static func missing(_ application: FundingApplication) -> [String: String] {
        var missing: [String: String] = [:]
        if application.summary == nil { missing["summary"] = "field.required" }
        if application.objectives == nil { missing["objectives"] = "field.required" }
        if application.lead == nil { missing["partners"] = "application.lead.required" }
        if application.partners.contains(where: { $0.$contactPerson.id == nil }) { missing["contacts"] = "application.missing.contacts" }
        if application.partners.contains(where: { $0.budgetCents == nil || $0.requestedCents == nil }) {
            missing["budget"] = "application.missing.budget"
        } else if (application.requestedCents ?? 0) <= 0 {
            missing["budget"] = "application.missing.requested"
        }
        if application.workPackages.isEmpty {
            missing["workPackages"] = "application.missing.workPackages"
        } else if application.workPackages.contains(where: { $0.$responsible.id == nil }) {
            missing["workPackages"] = "application.missing.responsible"
        }
        if !application.call.programme.indicators.isEmpty, application.targets.isEmpty { missing["targets"] = "application.missing.targets" }
        return missing
    }
}
