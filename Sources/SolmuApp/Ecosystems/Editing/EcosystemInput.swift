import Foundation

/// What the API submits for an ecosystem; `present` as in `OrganizationInput` (PATCH keeps what it does not name).
struct EcosystemInput: Decodable, Sendable {
    var name: String?
    var municipalities: [String]?
    var strengths: LocalizedText?
    var vision: LocalizedText?
    var contactPersonId: Int?
    var coordinatorId: Int?
    var wantedCompetences: [String]?
    var linkedActors: [Int]?
    var present: Set<String> = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, municipalities, strengths, vision, contactPersonId, coordinatorId, wantedCompetences, linkedActors
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        present = Set(c.allKeys.map(\.stringValue))
        name = try c.decodeIfPresent(String.self, forKey: .name)
        municipalities = try c.decodeIfPresent([String].self, forKey: .municipalities)
        strengths = try c.decodeIfPresent(LocalizedText.self, forKey: .strengths)
        vision = try c.decodeIfPresent(LocalizedText.self, forKey: .vision)
        contactPersonId = try c.decodeIfPresent(Int.self, forKey: .contactPersonId)
        coordinatorId = try c.decodeIfPresent(Int.self, forKey: .coordinatorId)
        wantedCompetences = try c.decodeIfPresent([String].self, forKey: .wantedCompetences)
        linkedActors = try c.decodeIfPresent([Int].self, forKey: .linkedActors)
    }

    /// Needs the ecosystem's municipalities, wanted competences and linked actors loaded.
    func overlaid(on ecosystem: Ecosystem) -> EcosystemInput {
        var merged = EcosystemInput()
        merged.name = present.contains("name") ? name : ecosystem.name
        merged.municipalities = present.contains("municipalities") ? municipalities : ecosystem.municipalities.compactMap(\.id)
        merged.strengths = present.contains("strengths") ? strengths : ecosystem.strengths
        merged.vision = present.contains("vision") ? vision : ecosystem.vision
        merged.contactPersonId = present.contains("contactPersonId") ? contactPersonId : ecosystem.$contactPerson.id
        merged.coordinatorId = present.contains("coordinatorId") ? coordinatorId : ecosystem.$coordinator.id
        merged.wantedCompetences = present.contains("wantedCompetences") ? wantedCompetences : ecosystem.wantedCompetences.compactMap(\.id)
        merged.linkedActors = present.contains("linkedActors") ? linkedActors : ecosystem.linkedActors.compactMap(\.id)
        return merged
    }
}

/// A goal as the API submits it.
struct GoalInput: Decodable, Sendable {
    var title: String?
    var target: String?
    var startsOn: String?
    var targetDate: String?
    var progress: Int?
}

/// A development action as the API submits it.
struct ActionInput: Decodable, Sendable {
    var title: String?
    var goalId: Int?
    var ownerId: Int?
    var dueOn: String?
    var status: String?
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

/// A PATCH of a goal: what it names changes, `null` clears an optional field.
struct GoalPatch: Decodable {
    var title: String?
    var target: String?
    var startsOn: String?
    var targetDate: String?
    var progress: Int?
    var present: Set<String> = []

    enum CodingKeys: String, CodingKey { case title, target, startsOn, targetDate, progress }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        present = Set(c.allKeys.map(\.stringValue))
        title = try c.decodeIfPresent(String.self, forKey: .title)
        target = try c.decodeIfPresent(String.self, forKey: .target)
        startsOn = try c.decodeIfPresent(String.self, forKey: .startsOn)
        targetDate = try c.decodeIfPresent(String.self, forKey: .targetDate)
        progress = try c.decodeIfPresent(Int.self, forKey: .progress)
    }
}

/// A PATCH of a development action (its status changes most).
struct ActionPatch: Decodable {
    var title: String?
    var goalId: Int?
    var ownerId: Int?
    var dueOn: String?
    var status: String?
    var present: Set<String> = []

    enum CodingKeys: String, CodingKey { case title, goalId, ownerId, dueOn, status }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        present = Set(c.allKeys.map(\.stringValue))
        title = try c.decodeIfPresent(String.self, forKey: .title)
        goalId = try c.decodeIfPresent(Int.self, forKey: .goalId)
        ownerId = try c.decodeIfPresent(Int.self, forKey: .ownerId)
        dueOn = try c.decodeIfPresent(String.self, forKey: .dueOn)
        status = try c.decodeIfPresent(String.self, forKey: .status)
    }
}
