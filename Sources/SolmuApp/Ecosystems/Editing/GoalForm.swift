import Foundation

/// The goal form: its fields once, the input made from what was posted, the values of a goal to fill it with.
/// Progress arrives as text and is kept as typed when it is not a number (`isMalformed(.progress)`).
enum GoalForm: FormDescription {
    enum Key: String, FormKey { case title, target, startsOn, targetDate, progress }

    static var fields: [FormField<Key>] {
        [
            .text(.title, "goal.title", required: true, autocomplete: "off"),
            .text(.target, "goal.target", required: true, hint: "goal.targetHint", autocomplete: "off"),
            .text(.startsOn, "network.startsOn", hint: "date.hint"),
            .text(.targetDate, "goal.targetDate", required: true, hint: "date.hint"),
            .text(.progress, "goal.progress", hint: "goal.progressHint"),
        ]
    }

    static func input(_ posted: FormValues<Self>) -> GoalInput {
        GoalInput(
            title: posted[.title], target: posted[.target], startsOn: posted[.startsOn], targetDate: posted[.targetDate],
            progress: posted.int(.progress))
    }

    static func values(of goal: EcosystemGoal) -> FormValues<Self> {
        FormValues([
            .title: goal.title, .target: goal.target, .startsOn: goal.startsOn, .targetDate: goal.targetDate,
            .progress: goal.progress.map(String.init),
        ])
    }
}
