/// A stakeholder's position on a topic, as the form gives it.
enum PositionForm: FormDescription {
    enum Key: String, FormKey { case organizationId, stance, text, statedOn }

    static var fields: [FormField<Key>] {
        [
            .select(.organizationId, "position.organization", required: true), .select(.stance, "topic.stance", required: true),
            .textArea(.text, "position.text"), .text(.statedOn, "position.statedOn", hint: "date.hint"),
        ]
    }

    static func details(_ posted: FormValues<Self>) -> PositionDetails {
        PositionDetails(
            organizationId: posted.int(.organizationId), stance: posted.text(.stance).flatMap(StakeholderPosition.Stance.init(rawValue:)),
            text: posted[.text], statedOn: posted[.statedOn])
    }
}
