import Fluent
import Vapor

extension FollowUpPage {
    /// The page's loader: the network (404 when there is none), its inputs and actions as plain rows, themes named in
    /// `language`; `viewer` decides whether the page offers the keepers' links.
    static func load(_ networkID: Int, viewer: User?, language: Language, on database: any Database) async throws -> FollowUpPage {
        let network = try await NetworkLoader.require(networkID, on: database)
        let id = try network.requireID()
        let inputs = try await FollowUpLoader.inputs(of: id, on: database)
        let canEdit = try await viewer.asyncMap { try await NetworkAccess.canEdit($0, networkID: id, on: database) } ?? false
        let actions = try await FollowUpLoader.actions(of: id, on: database)
        return FollowUpPage(
            networkID: id, networkName: network.name, report: FollowUpReport(inputs: inputs, actions: actions.count),
            inputs: inputs.map { InputList.Item($0, language) },
            actions: actions.map { action in
                Action(
                    id: action.id ?? 0, title: action.title, status: action.status, ownerName: action.owner?.name, dueOn: action.dueOn,
                    description: action.description,
                    inputs: action.inputs.map { input in
                        AnsweredInput(id: input.id ?? 0, eventID: input.$event.id, text: input.text, eventTitle: input.$event.value?.title)
                    })
            },
            canEdit: canEdit)
    }
}
