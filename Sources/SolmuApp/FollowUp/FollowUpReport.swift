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

    static func load(_ networkID: Int, on database: any Database) async throws -> FollowUpReport {
        let inputs = try await FollowUpLoader.inputs(of: networkID, on: database)
        let actions = try await FollowUpLoader.actionCount(of: networkID, on: database)
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
