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
