import Fluent
import Vapor

extension FollowUpForms {
    /// The input form for `event` (its `themes` loaded), with every theme to choose from, the event's own first.
    static func loadInput(
        _ event: Event, registration: String?, state: FormState, organiser: Bool, _ context: PageContext,
        on database: any Database
    ) async throws -> FormPage {
        input(
            event, registration: registration, state: state,
            themes: try await FollowUpLoader.themeOptions(for: event, language: context.language, on: database), organiser: organiser, context)
    }

    /// The action form for a network its keeper opened, with the organisations that may own the action and the network's inputs it may answer;
    /// `action` is the one being edited (its `inputs` loaded), nil for a new one.
    static func loadAction(
        _ network: Network, action: FollowUpAction?, state: FormState, _ context: PageContext,
        on database: any Database
    ) async throws -> FormPage {
        Self.action(
            network, action: action, state: state, organizations: try await AtlasOptions.organizations(database),
            inputs: try await FollowUpLoader.inputs(of: network.requireID(), on: database), context)
    }
}
