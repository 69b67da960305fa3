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

/// The ecosystem form as the browser posts it.
struct EcosystemForm: Decodable {
    var name: String?
    var municipalities: [String]?
    var strengthsFi: String?
    var strengthsSv: String?
    var strengthsEn: String?
    var visionFi: String?
    var visionSv: String?
    var visionEn: String?
    var wantedCompetences: [String]?
    var contactPersonId: String?

    /// Linked actors and the coordinator are kept as they are: the form does not show them.
    func input(keeping ecosystem: Ecosystem?) -> EcosystemInput {
        var input = EcosystemInput()
        input.name = name
        input.municipalities = municipalities ?? []
        input.strengths = LocalizedText(fi: strengthsFi, sv: strengthsSv, en: strengthsEn)
        input.vision = LocalizedText(fi: visionFi, sv: visionSv, en: visionEn)
        input.wantedCompetences = wantedCompetences ?? []
        input.contactPersonId = contactPersonId.nonEmpty.flatMap(Int.init)
        input.linkedActors = ecosystem?.linkedActors.compactMap(\.id) ?? []
        input.coordinatorId = ecosystem?.$coordinator.id
        return input
    }

    var state: FormState {
        FormState(values: ["name": name ?? "", "strengthsFi": strengthsFi ?? "", "strengthsSv": strengthsSv ?? "", "strengthsEn": strengthsEn ?? "",
                           "visionFi": visionFi ?? "", "visionSv": visionSv ?? "", "visionEn": visionEn ?? "", "contactPersonId": contactPersonId ?? ""],
                  multiValues: ["municipalities": Set(municipalities ?? []), "wantedCompetences": Set(wantedCompetences ?? [])])
    }

    static func state(from ecosystem: Ecosystem) -> FormState {
        FormState(values: ["name": ecosystem.name, "strengthsFi": ecosystem.strengthsFi ?? "", "strengthsSv": ecosystem.strengthsSv ?? "",
                           "strengthsEn": ecosystem.strengthsEn ?? "", "visionFi": ecosystem.visionFi ?? "", "visionSv": ecosystem.visionSv ?? "",
                           "visionEn": ecosystem.visionEn ?? "", "contactPersonId": ecosystem.$contactPerson.id.map(String.init) ?? ""],
                  multiValues: ["municipalities": Set(ecosystem.municipalities.compactMap(\.id)),
                                "wantedCompetences": Set(ecosystem.wantedCompetences.compactMap(\.id))])
    }
}

/// The goal form as the browser posts it (numbers arrive as text and are kept as typed when wrong).
struct GoalForm: Decodable {
    var title: String?
    var target: String?
    var startsOn: String?
    var targetDate: String?
    var progress: String?

    var input: GoalInput {
        GoalInput(title: title, target: target, startsOn: startsOn, targetDate: targetDate, progress: progress.nonEmpty.flatMap(Int.init))
    }
    var progressIsMalformed: Bool { progress.nonEmpty != nil && progress.nonEmpty.flatMap(Int.init) == nil }
    var state: FormState {
        FormState(values: ["title": title ?? "", "target": target ?? "", "startsOn": startsOn ?? "", "targetDate": targetDate ?? "", "progress": progress ?? ""])
    }
}

/// The action form as the browser posts it.
struct ActionForm: Decodable {
    var title: String?
    var goalId: String?
    var ownerId: String?
    var dueOn: String?
    var status: String?

    var input: ActionInput {
        ActionInput(title: title, goalId: goalId.nonEmpty.flatMap(Int.init), ownerId: ownerId.nonEmpty.flatMap(Int.init), dueOn: dueOn, status: status)
    }
    var state: FormState {
        FormState(values: ["title": title ?? "", "goalId": goalId ?? "", "ownerId": ownerId ?? "", "dueOn": dueOn ?? "", "status": status ?? ""])
    }
}

