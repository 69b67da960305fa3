/// Everything that changes an application's state; each is an explicit API action (`POST /applications/{id}/submit`).
enum ApplicationAction: String, Codable, CaseIterable, Sendable {
    /// The first line of every trail: the draft was started.
    case create
    case submit, withdraw
    case returnForCompletion, checkEligibility, completeAssessment
    case propose, decide

    var labelKey: String { "applicationAction.\(rawValue)" }

    /// Who may take it.
    enum Actor: Sendable { case consortium, office, steeringGroup, managementGroup }

    var actor: Actor {
        switch self {
        case .create, .submit, .withdraw: .consortium
        case .returnForCompletion, .checkEligibility, .completeAssessment: .office
        case .propose: .steeringGroup
        case .decide: .managementGroup
        }
    }

    /// The path segment of the action's endpoint.
    var pathSegment: String {
        switch self {
        case .create: "create"
        case .submit: "submit"
        case .withdraw: "withdraw"
        case .returnForCompletion: "return"
        case .checkEligibility: "check-eligibility"
        case .completeAssessment: "complete-assessment"
        case .propose: "propose"
        case .decide: "decide"
        }
    }
}
