import Fluent
import Vapor

/// What a network heard and what it did about it: "N inputs from M events, K answered by actions", and the same by theme.
struct FollowUpReport: Content {
    struct ThemeLine: Content {
        var themeId: String?
        var inputs: Int
        var answered: Int
    }

    var inputs: Int
    var events: Int
    var answered: Int
    var actions: Int
    var byTheme: [ThemeLine]

    /// The network's inputs with their events, themes and the actions that answer them.
    static func inputs(of networkID: Int, on database: any Database) async throws -> [WorkshopInput] {
        try await WorkshopInput.query(on: database).join(Event.self, on: \WorkshopInput.$event.$id == \Event.$id)
            .filter(Event.self, \.$network.$id == networkID).with(\.$event).with(\.$theme).with(\.$actions).sort(\.$id).all()
    }

    static func actions(of networkID: Int, on database: any Database) async throws -> [FollowUpAction] {
        try await FollowUpAction.query(on: database).filter(\.$network.$id == networkID).with(\.$owner).with(\.$inputs) { $0.with(\.$event) }
            .sort(\.$id).all()
            // Due dates first, soonest first; undated last (the engines sort NULL differently, so it is done here).
            .sorted { ($0.dueOn ?? "9999", $0.id ?? 0) < ($1.dueOn ?? "9999", $1.id ?? 0) }
    }

    static func load(_ networkID: Int, on database: any Database) async throws -> FollowUpReport {
        let inputs = try await inputs(of: networkID, on: database)
        let actions = try await FollowUpAction.query(on: database).filter(\.$network.$id == networkID).count()
        return FollowUpReport(inputs: inputs, actions: actions)
    }

    init(inputs: [WorkshopInput], actions: Int) {
        self.inputs = inputs.count
        events = Set(inputs.map(\.$event.id)).count
        answered = inputs.filter { !$0.actions.isEmpty }.count
        self.actions = actions
        byTheme = Dictionary(grouping: inputs, by: { $0.$theme.id }).map { theme, group in
            ThemeLine(themeId: theme, inputs: group.count, answered: group.filter { !$0.actions.isEmpty }.count)
        }.sorted { ($0.themeId ?? "~") < ($1.themeId ?? "~") }
    }
}
