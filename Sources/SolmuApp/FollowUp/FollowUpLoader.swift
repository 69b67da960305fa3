import Fluent
import Vapor

/// Loads what the follow-up pages, forms and API answers show: a network's inputs and actions, an event's inputs,
/// one action or input, and the themes an input may take.
enum FollowUpLoader {
    /// The network's inputs with their events, themes and the actions that answer them.
    static func inputs(of networkID: Int, on database: any Database) async throws -> [WorkshopInput] {
        try await WorkshopInput.query(on: database).join(Event.self, on: \WorkshopInput.$event.$id == \Event.$id)
            .filter(Event.self, \.$network.$id == networkID).with(\.$event).with(\.$theme).with(\.$actions).sort(\.$id).all()
    }

    /// The network's actions with their owners and the inputs they answer (with their events).
    static func actions(of networkID: Int, on database: any Database) async throws -> [FollowUpAction] {
        try await FollowUpAction.query(on: database).filter(\.$network.$id == networkID).with(\.$owner).with(\.$inputs) { $0.with(\.$event) }
            .sort(\.$id).all()
            // Due dates first, soonest first; undated last (the engines sort NULL differently, so it is done here).
            .sorted { ($0.dueOn ?? "9999", $0.id ?? 0) < ($1.dueOn ?? "9999", $1.id ?? 0) }
    }

    /// How many actions the network has.
    static func actionCount(of networkID: Int, on database: any Database) async throws -> Int {
        try await FollowUpAction.query(on: database).filter(\.$network.$id == networkID).count()
    }

    /// The network's action `id` with the inputs it answers, or 404 (also when `id` is nil: the path named none).
    static func action(_ id: Int?, of networkID: Int, on database: any Database) async throws -> FollowUpAction {
        guard let id,
            let action = try await FollowUpAction.query(on: database).filter(\.$id == id).filter(\.$network.$id == networkID)
                .with(\.$inputs).first()
        else { throw Problem.notFound() }
        return action
    }

    /// The event's inputs with the actions that answer them.
    static func eventInputs(of eventID: Int, on database: any Database) async throws -> [WorkshopInput] {
        try await WorkshopInput.query(on: database).filter(\.$event.$id == eventID).with(\.$actions).sort(\.$id).all()
    }

    /// The event's input `id`, or 404 (also when `id` is nil).
    static func input(_ id: Int?, ofEvent eventID: Int, on database: any Database) async throws -> WorkshopInput {
        guard let id, let input = try await WorkshopInput.query(on: database).filter(\.$id == id).filter(\.$event.$id == eventID).first()
        else { throw Problem.notFound() }
        return input
    }

    /// Loads the actions that answer an input (after it was saved, for its answer).
    static func loadActions(of input: WorkshopInput, on database: any Database) async throws {
        try await input.$actions.load(on: database)
    }

    /// Loads the inputs an action answers (after it was saved, for its answer).
    static func loadInputs(of action: FollowUpAction, on database: any Database) async throws {
        try await action.$inputs.load(on: database)
    }

    /// Every theme as a choice for an input at `event`, named in `language`: the event's own themes first. Needs the event's `themes` loaded.
    static func themeOptions(for event: Event, language: Language, on database: any Database) async throws -> [(value: String, label: String)] {
        let all = try await AtlasOptions.load(database, language).competences
        let own = Set(event.themes.compactMap(\.id))
        return all.filter { own.contains($0.value) } + all.filter { !own.contains($0.value) }
    }
}
