import Fluent
import Foundation

/// A development action of an ecosystem's strategy, with an owner organisation, a due date and a status.
final class EcosystemAction: Model, @unchecked Sendable {
    static let schema = "ecosystem_actions"

    enum Status: String, Codable, CaseIterable, Sendable {
        case planned, ongoing, done
        var labelKey: String { "actionStatus.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "ecosystem_id") var ecosystem: Ecosystem
    @OptionalParent(key: "goal_id") var goal: EcosystemGoal?
    @Field(key: "title") var title: String
    @OptionalParent(key: "owner_id") var owner: Organization?
    @OptionalField(key: "due_on") var dueOn: String?
    @Field(key: "status") var status: Status

    init() {}

    /// Not done, and its due date (as precise as it was given) has passed.
    func isOverdue(today: (Int, Int, Int)) -> Bool {
        guard status != .done, let due = dueOn.flatMap(PartialDate.init) else { return false }
        return due.latest < today
    }
}
