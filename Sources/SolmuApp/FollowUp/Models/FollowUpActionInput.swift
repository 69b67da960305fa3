import Fluent
import Foundation

/// Pivot: a follow-up action answers an input.
final class FollowUpActionInput: Model, @unchecked Sendable {
    static let schema = "follow_up_action_inputs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "action_id") var action: FollowUpAction
    @Parent(key: "input_id") var input: WorkshopInput

    init() {}

    init(action: Int, input: Int) {
        $action.id = action
        $input.id = input
    }
}
