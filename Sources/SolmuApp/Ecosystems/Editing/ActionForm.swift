import Foundation

/// The development action form: its fields once, the input made from what was posted, the values of an action to fill it with.
/// A planned action shows the empty choice, whose label is "planned".
enum ActionForm: FormDescription {
    enum Key: String, FormKey { case title, goalId, ownerId, dueOn, status }

    static var fields: [FormField<Key>] {
        [
            .text(.title, "action.title", required: true, autocomplete: "off"),
            .select(.goalId, "goal.title", empty: "action.noGoal"),
            .select(.ownerId, "action.owner"),
            .text(.dueOn, "action.dueOn", hint: "date.hint"),
            .select(.status, "ecosystem.status", empty: "actionStatus.planned"),
        ]
    }

    static func input(_ posted: FormValues<Self>) -> ActionInput {
        ActionInput(title: posted[.title], goalId: posted.int(.goalId), ownerId: posted.int(.ownerId), dueOn: posted[.dueOn], status: posted[.status])
    }

    static func values(of action: EcosystemAction) -> FormValues<Self> {
        FormValues([
            .title: action.title, .goalId: action.$goal.id.map(String.init), .ownerId: action.$owner.id.map(String.init),
            .dueOn: action.dueOn, .status: action.status == .planned ? nil : action.status.rawValue,
        ])
    }
}
