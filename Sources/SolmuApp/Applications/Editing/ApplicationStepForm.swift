/// A step that carries more than a click: the meeting and outcome of a proposal or decision, a reason, conditions.
/// The page draws only the fields its step needs.
enum ApplicationStepForm: FormDescription {
    enum Key: String, FormKey { case meetingId, outcome, reason, conditions }

    static var fields: [FormField<Key>] {
        [
            .select(.meetingId, "application.meeting", required: true), .select(.outcome, "application.outcome", required: true),
            .textArea(.reason, "application.reason"), .textArea(.conditions, "application.conditions", hint: "application.conditionsHint"),
        ]
    }

    /// The reason's field for `action`: a proposal or decision gives its rationale.
    static func reason(for action: ApplicationAction) -> FormField<Key> {
        var reason = Self.field(.reason)
        if action == .propose || action == .decide { reason.labelKey = "application.rationale" }
        return reason
    }

    static func input(_ posted: FormValues<Self>) -> StepInput {
        StepInput(reason: posted[.reason], meetingId: posted.int(.meetingId), outcome: posted.text(.outcome), conditions: posted[.conditions])
    }
}
