import Vapor

struct EcosystemDTO: Content {
    var id: Int
    var name: String
    var municipalities: [String]
    var strengths: LocalizedText
    var vision: LocalizedText
    var contactPersonId: Int?
    var coordinatorId: Int?
    var wantedCompetences: [String]
    var linkedActors: [Int]
}

struct GoalDTO: Content {
    var id: Int
    var title: String
    var target: String
    var startsOn: String?
    var targetDate: String
    var progress: Int?
}

struct ActionDTO: Content {
    var id: Int
    var title: String
    var goalId: Int?
    var ownerId: Int?
    var dueOn: String?
    var status: EcosystemAction.Status
}

extension Ecosystem {
    func toDTO() throws -> EcosystemDTO {
        EcosystemDTO(
            id: try requireID(), name: name, municipalities: municipalities.compactMap(\.id).sorted(), strengths: strengths,
            vision: vision, contactPersonId: $contactPerson.id, coordinatorId: $coordinator.id,
            wantedCompetences: wantedCompetences.compactMap(\.id).sorted(), linkedActors: linkedActors.compactMap(\.id).sorted())
    }

    static let csvHeader = ["id", "name", "municipalities", "wanted_competences", "coordinator_id", "goals", "actions"]

    func csvRow() throws -> [String?] {
        let dto = try toDTO()
        return [
            "\(dto.id)", dto.name, dto.municipalities.joined(separator: ";"), dto.wantedCompetences.joined(separator: ";"),
            dto.coordinatorId.map(String.init), "\(goals.count)", "\(actions.count)",
        ]
    }
}

extension EcosystemGoal {
    func toDTO() throws -> GoalDTO {
        GoalDTO(id: try requireID(), title: title, target: target, startsOn: startsOn, targetDate: targetDate, progress: progress)
    }
}

extension EcosystemAction {
    func toDTO() throws -> ActionDTO {
        ActionDTO(id: try requireID(), title: title, goalId: $goal.id, ownerId: $owner.id, dueOn: dueOn, status: status)
    }
}
