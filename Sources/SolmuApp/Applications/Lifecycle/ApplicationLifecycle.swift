/// The state machine, whole, in one table: which states an action may lead to from each state. An action that
/// has more than one target picks by what it finds (the eligibility rule) or what is decided (funded or rejected).
enum ApplicationLifecycle {
    static func targets(from state: ApplicationState, by action: ApplicationAction) -> [ApplicationState] {
        switch (state, action) {
        case (.draft, .submit), (.returned, .submit): [.submitted]
        case (.draft, .withdraw), (.submitted, .withdraw), (.returned, .withdraw): [.withdrawn]
        case (.submitted, .returnForCompletion), (.eligible, .returnForCompletion): [.returned]
        case (.submitted, .checkEligibility): [.eligible, .ineligible]
        case (.eligible, .completeAssessment): [.assessed]
        case (.assessed, .propose): [.proposed]
        case (.proposed, .decide): [.funded, .rejected]
        default: []
        }
    }

    static func allows(_ action: ApplicationAction, from state: ApplicationState) -> Bool {
        !targets(from: state, by: action).isEmpty
    }
}
