import Fluent
import Foundation

/// Records inputs and keeps follow-up actions, and the links between them that make the promise visible.
struct FollowUpEditor {
    let database: any Database
    var now = Date()

    func record(_ details: InputDetails, at event: Event, by user: User?, online: Bool) async throws -> WorkshopInput {
        var errors: [String: String] = [:]
        let text = details.text.nonEmpty?.trimmingCharacters(in: .whitespacesAndNewlines)
        if text == nil { errors["text"] = "field.required" }
        if let text, text.count > 4000 { errors["text"] = "text.tooLong" }
        if let theme = details.themeId.nonEmpty, try await Competence.find(theme, on: database) == nil {
            errors["themeId"] = "organization.competences.unknown"
        }
        guard errors.isEmpty, let text else { throw Problem.validation(errors) }
        let input = WorkshopInput()
        input.$event.id = try event.requireID()
        input.createdAt = now
        input.text = text
        input.$theme.id = details.themeId.nonEmpty
        input.sourceType = details.sourceType
        input.online = online
        input.$recordedBy.id = user?.id
        try await input.create(on: database)
        return input
    }

    /// Removes an input.
    func remove(_ input: WorkshopInput) async throws {
        try await input.delete(on: database)
    }

    /// Removes an action.
    func remove(_ action: FollowUpAction) async throws {
        try await action.delete(on: database)
    }

    /// Needs `action.inputs` loaded when it exists. The inputs answered must come from the network's own events.
    func save(_ details: ActionDetails, into action: FollowUpAction, network: Network, formErrors: [String: String] = [:]) async throws {
        var errors = formErrors
        let networkID = try network.requireID()
        let title = details.title ?? LocalizedText()
        if title.fi == nil { errors["title"] = "field.required" }
        if let owner = details.ownerId, try await Organization.find(owner, on: database) == nil { errors["ownerId"] = "organization.unknown" }
        if let due = details.dueOn.nonEmpty, PartialDate(due)?.isDay != true { errors["dueOn"] = "date.invalidDay" }
        let inputIDs = Array(Set(details.inputIds ?? [])).sorted()
        if !inputIDs.isEmpty {
            let ours = try await WorkshopInput.query(on: database).filter(\.$id ~~ inputIDs).join(
                Event.self, on: \WorkshopInput.$event.$id == \Event.$id
            )
            .filter(Event.self, \.$network.$id == networkID).count()
            if ours != inputIDs.count { errors["inputIds"] = "action.inputs.unknown" }
        }
        guard errors.isEmpty else { throw Problem.validation(errors) }
        action.$network.id = networkID
        action.title = title
        action.description = details.description.nonEmpty
        action.$owner.id = details.ownerId
        action.status = details.status ?? .planned
        action.dueOn = details.dueOn.nonEmpty
        try await database.writeTransaction { db in
            try await action.save(on: db)
            let id = try action.requireID()
            try await db.replaceLinks(
                FollowUpActionInput.query(on: db).filter(\.$action.$id == id), with: inputIDs.map { FollowUpActionInput(action: id, input: $0) })
        }
    }
}
