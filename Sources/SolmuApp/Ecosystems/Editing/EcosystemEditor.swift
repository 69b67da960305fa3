import Fluent
import Foundation

/// Checks and saves ecosystems, their goals and their actions; each write is one transaction.
struct EcosystemEditor {
    let database: any Database

    func save(_ input: EcosystemInput, into ecosystem: Ecosystem) async throws {
        var errors: [String: String] = [:]
        let name = input.name.nonEmpty
        if name == nil { errors["name"] = "field.required" } else if name!.count > 200 { errors["name"] = "field.tooLong" }
        let codes = Array(Set(input.municipalities ?? []))
        let municipalities = codes.isEmpty ? [] : try await Municipality.query(on: database).filter(\.$id ~~ codes).all()
        if codes.isEmpty {
            errors["municipalities"] = "ecosystem.municipalities.required"
        } else if municipalities.count != codes.count {
            errors["municipalities"] = "organization.municipality.unknown"
        }
        let wantedIDs = Array(Set(input.wantedCompetences ?? []))
        let wanted = wantedIDs.isEmpty ? [] : try await Competence.query(on: database).filter(\.$id ~~ wantedIDs).all()
        if wanted.count != wantedIDs.count { errors["wantedCompetences"] = "organization.competences.unknown" }
        let actorIDs = Array(Set(input.linkedActors ?? []))
        let actors = actorIDs.isEmpty ? [] : try await Organization.query(on: database).filter(\.$id ~~ actorIDs).all()
        if actors.count != actorIDs.count { errors["linkedActors"] = "person.organization.unknown" }
        if let id = input.contactPersonId, try await Person.find(id, on: database) == nil { errors["contactPersonId"] = "network.contact.unknown" }
        if let id = input.coordinatorId, try await Organization.find(id, on: database) == nil {
            errors["coordinatorId"] = "person.organization.unknown"
        }
        if let name {
            var same = Ecosystem.query(on: database).filter(\.$name == name)
            if let id = ecosystem.id { same = same.filter(\.$id != id) }
            if try await same.first() != nil { errors["name"] = "network.name.taken" }
        }
        guard errors.isEmpty, let name else { throw Problem.validation(errors) }

        ecosystem.name = name
        ecosystem.strengths = input.strengths ?? LocalizedText()
        ecosystem.vision = input.vision ?? LocalizedText()
        ecosystem.$contactPerson.id = input.contactPersonId
        ecosystem.$coordinator.id = input.coordinatorId
        try await database.writeTransaction { db in
            try await ecosystem.save(on: db)
            let id = try ecosystem.requireID()
            try await db.replaceLinks(
                EcosystemMunicipality.query(on: db).filter(\.$ecosystem.$id == id),
                with: municipalities.map { EcosystemMunicipality(ecosystem: id, municipality: $0.id ?? "") })
            try await db.replaceLinks(
                EcosystemWantedCompetence.query(on: db).filter(\.$ecosystem.$id == id),
                with: wanted.map { EcosystemWantedCompetence(ecosystem: id, competence: $0.id ?? "") })
            try await db.replaceLinks(
                EcosystemActor.query(on: db).filter(\.$ecosystem.$id == id),
                with: actors.map { EcosystemActor(ecosystem: id, organization: $0.id ?? 0) })
        }
    }

    func saveGoal(_ input: GoalInput, ecosystemID: Int, into goal: EcosystemGoal) async throws {
        var errors: [String: String] = [:]
        let title = input.title.nonEmpty
        if title == nil { errors["title"] = "field.required" }
        let target = input.target.nonEmpty
        if target == nil { errors["target"] = "goal.target.required" }
        if input.targetDate.nonEmpty == nil { errors["targetDate"] = "field.required" }
        let (startsOn, targetDate) = NetworkEditor.checkPeriod(startsOn: input.startsOn, endsOn: input.targetDate, into: &errors)
        if let error = errors.removeValue(forKey: "endsOn") { errors["targetDate"] = errors["targetDate"] ?? error }
        if let progress = input.progress, !(0...100).contains(progress) { errors["progress"] = "goal.progress.invalid" }
        guard errors.isEmpty, let title, let target, let targetDate else { throw Problem.validation(errors) }
        goal.$ecosystem.id = ecosystemID
        goal.title = title
        goal.target = target
        goal.startsOn = startsOn
        goal.targetDate = targetDate
        goal.progress = input.progress
        try await goal.save(on: database)
    }

    func saveAction(_ input: ActionInput, ecosystemID: Int, into action: EcosystemAction) async throws {
        var errors: [String: String] = [:]
        let title = input.title.nonEmpty
        if title == nil { errors["title"] = "field.required" }
        let status = input.status.nonEmpty.map { EcosystemAction.Status(rawValue: $0) } ?? .planned
        if status == nil { errors["status"] = "action.status.invalid" }
        var goal: EcosystemGoal?
        if let goalID = input.goalId {
            goal = try await EcosystemGoal.query(on: database).filter(\.$id == goalID).filter(\.$ecosystem.$id == ecosystemID).first()
            if goal == nil { errors["goalId"] = "action.goal.unknown" }
        }
        if let ownerID = input.ownerId, try await Organization.find(ownerID, on: database) == nil {
            errors["ownerId"] = "person.organization.unknown"
        }
        var dueOn: String?
        if let raw = input.dueOn.nonEmpty {
            if let due = PartialDate(raw) {
                dueOn = due.text
                // An action cannot be due before the goal it serves has started.
                if let start = goal?.startsOn.flatMap(PartialDate.init), PartialDate.endsBeforeStart(start: start, end: due) {
                    errors["dueOn"] = "action.dueBeforeGoal"
                }
            } else {
                errors["dueOn"] = "date.invalid"
            }
        }
        guard errors.isEmpty, let title, let status else { throw Problem.validation(errors) }
        action.$ecosystem.id = ecosystemID
        action.$goal.id = input.goalId
        action.title = title
        action.$owner.id = input.ownerId
        action.dueOn = dueOn
        action.status = status
        try await action.save(on: database)
    }

    func deleteGoal(_ goal: EcosystemGoal) async throws {
        try await goal.delete(on: database)
    }

    func deleteAction(_ action: EcosystemAction) async throws {
        try await action.delete(on: database)
    }

    func delete(_ ecosystem: Ecosystem) async throws {
        let id = try ecosystem.requireID()
        try await database.writeTransaction { db in
            try await EcosystemAction.query(on: db).filter(\.$ecosystem.$id == id).delete()
            try await EcosystemGoal.query(on: db).filter(\.$ecosystem.$id == id).delete()
            try await EcosystemMunicipality.query(on: db).filter(\.$ecosystem.$id == id).delete()
            try await EcosystemActor.query(on: db).filter(\.$ecosystem.$id == id).delete()
            try await EcosystemWantedCompetence.query(on: db).filter(\.$ecosystem.$id == id).delete()
            try await ecosystem.delete(on: db)
        }
    }
}
