/// Where an application is in its life, as in Jems: a draft is submitted, checked for eligibility, assessed,
/// proposed by the steering group and decided by the management group. `returned` is Jems' "returned for
/// completion": the applicant may edit and submit again, even after the call has closed.
enum ApplicationState: String, Codable, CaseIterable, Sendable {
    case draft, submitted, returned, eligible, ineligible, assessed, proposed, funded, rejected, withdrawn

    var labelKey: String { "applicationState.\(rawValue)" }

    /// The consortium edits its application only in these.
    var isEditable: Bool { self == .draft || self == .returned }
    /// No action leads anywhere from these.
    var isFinal: Bool { ApplicationAction.allCases.allSatisfy { ApplicationLifecycle.targets(from: self, by: $0).isEmpty } }
    /// The public may know of the application (its funded project, not its content) only after a decision.
    var isDecided: Bool { self == .funded || self == .rejected }
}
