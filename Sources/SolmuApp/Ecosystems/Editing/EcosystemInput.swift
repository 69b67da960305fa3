import Foundation

/// What the API submits for an ecosystem.
struct EcosystemInput: Codable, Sendable {
    var name: String?
    var municipalities: [String]?
    var strengths: LocalizedText?
    var vision: LocalizedText?
    var contactPersonId: Int?
    var coordinatorId: Int?
    var wantedCompetences: [String]?
    var linkedActors: [Int]?
}

extension Ecosystem {
    /// What the ecosystem holds now, as an input: the base a PATCH is laid over (`MergePatch`).
    /// Needs the ecosystem's municipalities, wanted competences and linked actors loaded.
    var input: EcosystemInput {
        var input = EcosystemInput()
        input.name = name
        input.municipalities = municipalities.compactMap(\.id)
        input.strengths = strengths
        input.vision = vision
        input.contactPersonId = $contactPerson.id
        input.coordinatorId = $coordinator.id
        input.wantedCompetences = wantedCompetences.compactMap(\.id)
        input.linkedActors = linkedActors.compactMap(\.id)
        return input
    }
}

/// A goal as the API submits it.
struct GoalInput: Codable, Sendable {
    var title: String?
    var target: String?
    var startsOn: String?
    var targetDate: String?
    var progress: Int?
}

extension EcosystemGoal {
    /// The goal as it is now: the base a PATCH is laid over (progress is what changes most).
    var input: GoalInput { GoalInput(title: title, target: target, startsOn: startsOn, targetDate: targetDate, progress: progress) }
}

/// A development action as the API submits it.
struct ActionInput: Codable, Sendable {
    var title: String?
    var goalId: Int?
    var ownerId: Int?
    var dueOn: String?
    var status: String?
}

extension EcosystemAction {
    /// The action as it is now: the base a PATCH is laid over (its status changes most).
    var input: ActionInput { ActionInput(title: title, goalId: $goal.id, ownerId: $owner.id, dueOn: dueOn, status: status.rawValue) }
}
