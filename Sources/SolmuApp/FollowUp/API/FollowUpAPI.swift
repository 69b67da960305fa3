import Fluent
import Vapor

/// Inputs collected at events (`/api/v1/events/{id}/inputs`) and the network's follow-up actions
/// (`/api/v1/networks/{id}/actions`, and the report at `/follow-up`). Inputs carry no personal data and are public.
struct FollowUpAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("events", ":id", "inputs", use: inputs)
        routes.grouped(AnonymousWriteLimit()).post("events", ":id", "inputs", use: addInput).accepts(InputDetails.self)
        routes.delete("events", ":id", "inputs", ":inputId", use: deleteInput)
        let network = routes.grouped("networks", ":id")
        network.get("actions", use: actions)
        network.post("actions", use: createAction).accepts(ActionDetails.self)
        network.patch("actions", ":actionId", use: updateAction).accepts(ActionDetails.self)
        network.delete("actions", ":actionId", use: deleteAction)
        network.get("follow-up", use: report)
    }

    func inputs(req: Request) async throws -> Response {
        let (event, _) = try await EventLoader.visible(req.intParameter(), to: req)
        let inputs = try await FollowUpLoader.eventInputs(of: event.requireID(), on: req.db)
        return try await req.wholeList(
            inputs, csv: "solmu-event-\(event.id ?? 0)-inputs.csv",
            header: ["id", "event_id", "text", "theme_id", "source_type", "online", "recorded_at", "action_ids"],
            row: { input in
                [
                    "\(try input.requireID())", "\(input.$event.id)", input.text, input.$theme.id, input.sourceType?.rawValue,
                    input.online ? "true" : "false", input.createdAt.formatted(.iso8601),
                    input.actions.compactMap(\.id).sorted().map(String.init).joined(separator: " "),
                ]
            }, item: { try $0.toDTO() })
    }

    /// The organiser records an input; a participant (signed in, or with their registration link) sends one to a workshop open for inputs.
    func addInput(req: Request) async throws -> Response {
        let (event, organiser) = try await EventLoader.visible(req.intParameter(), to: req)
        let details = try req.decodeJSON(InputDetails.self)
        let online = try await Self.requireMayAddInput(req, event: event, organiser: organiser, registration: details.registration)
        let input = try await FollowUpEditor(database: req.db).record(details, at: event, by: req.currentUser, online: online)
        try await FollowUpLoader.loadActions(of: input, on: req.db)
        return try await req.created(input.toDTO(), at: "/api/v1/events/\(event.id ?? 0)/inputs")
    }

    /// Whether the input comes in online (from a participant) or is the organiser's record; 401/403 when neither may add it.
    static func requireMayAddInput(_ req: Request, event: Event, organiser: Bool, registration: String?) async throws -> Bool {
        if organiser { _ = try req.user; return false }
        guard event.inputsOpen else {
            throw Problem.conflict(detailKey: "input.closed")
        }
        if let token = registration.nonEmpty {
            try await RegistrationDesk.requireParticipant(token: token, of: event, on: req.db)
            return true
        }
        _ = try req.user
        return true
    }

    func deleteInput(req: Request) async throws -> HTTPStatus {
        let event = try await EventAccess.requireOrganised(req.intParameter(), by: req.user, on: req.db)
        let input = try await FollowUpLoader.input(req.parameters.get("inputId").flatMap(Int.init), ofEvent: event.requireID(), on: req.db)
        try await FollowUpEditor(database: req.db).remove(input)
        return .noContent
    }

    func actions(req: Request) async throws -> Response {
        let network = try await NetworkLoader.require(req.intParameter(), on: req.db)
        let actions = try await FollowUpLoader.actions(of: network.requireID(), on: req.db)
        return try await req.wholeList(
            actions, csv: "solmu-network-\(network.id ?? 0)-actions.csv",
            header: ["id", "title_fi", "title_sv", "title_en", "owner_id", "status", "due_on", "input_ids"],
            row: { action in
                [
                    "\(try action.requireID())", action.titleFi, action.titleSv, action.titleEn, action.$owner.id.map(String.init),
                    action.status.rawValue, action.dueOn, action.inputs.compactMap(\.id).sorted().map(String.init).joined(separator: " "),
                ]
            }, item: { try $0.toDTO() })
    }

    private func editableNetwork(_ req: Request) async throws -> Network {
        try await NetworkAccess.requireEditable(req.intParameter(), by: req.user, on: req.db)
    }

    /// The network's action named by the path's `actionId` (with its inputs), or 404.
    private func action(_ req: Request, of network: Network) async throws -> FollowUpAction {
        try await FollowUpLoader.action(req.parameters.get("actionId").flatMap(Int.init), of: network.requireID(), on: req.db)
    }

    func createAction(req: Request) async throws -> Response {
        let network = try await editableNetwork(req)
        let action = FollowUpAction()
        try await FollowUpEditor(database: req.db).save(req.decodeJSON(ActionDetails.self), into: action, network: network)
        try await FollowUpLoader.loadInputs(of: action, on: req.db)
        return try await req.created(action.toDTO(), at: "/api/v1/networks/\(network.id ?? 0)/actions/\(try action.requireID())")
    }

    func updateAction(req: Request) async throws -> FollowUpActionDTO {
        let network = try await editableNetwork(req)
        let action = try await self.action(req, of: network)
        try await FollowUpEditor(database: req.db).save(MergePatch.apply(req, to: action.details), into: action, network: network)
        try await FollowUpLoader.loadInputs(of: action, on: req.db)
        return try action.toDTO()
    }

    func deleteAction(req: Request) async throws -> HTTPStatus {
        let network = try await editableNetwork(req)
        try await FollowUpEditor(database: req.db).remove(self.action(req, of: network))
        return .noContent
    }

    func report(req: Request) async throws -> FollowUpReport {
        let network = try await NetworkLoader.require(req.intParameter(), on: req.db)
        return try await FollowUpReport.load(network.requireID(), on: req.db)
    }
}
