import Fluent
import Vapor

/// Recording inputs (the organiser, or a participant while the workshop is open for them), the network's
/// follow-up page, and its action forms.
struct FollowUpPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.newInput(0), use: newInput)
        routes.grouped(AnonymousWriteLimit()).post(.newInput(0), use: addInput)
        routes.get(.followUp(0), use: followUp)
        signedIn.get(.newFollowUpAction(0), use: newAction)
        signedIn.post(.newFollowUpAction(0), use: createAction)
        signedIn.get(.editFollowUpAction(0, 0), use: editAction)
        signedIn.post(.editFollowUpAction(0, 0), use: updateAction)
    }

    /// Who may add an input here: the organiser, a participant with their registration link, or a signed-in user while inputs are open.
    private func inputEvent(_ req: Request, registration: String?) async throws -> (Event, organiser: Bool, PageContext) {
        let event = try await EventLoader.require(req.intParameter(), on: req.db)
        let organiser = try await EventAccess.canOrganise(req.currentUser, event, on: req.db)
        if organiser { return (event, true, try PageContext(request: req)) }
        if let token = registration.nonEmpty {
            try await RegistrationDesk.requireParticipant(token: token, of: event, on: req.db)
            guard event.inputsOpen else { throw Abort(.forbidden) }
            return (event, false, try PageContext.withToken(req))
        }
        // Without the link, only a signed-in user may: this route is open to both, so the check is here.
        guard req.currentUser != nil else { throw SignedInPageGuard.signIn(req) }
        guard EventAccess.canSee(event, organiser: false, invitation: nil), event.inputsOpen else { throw Abort(.forbidden) }
        return (event, false, try PageContext(request: req))
    }

    func newInput(req: Request) async throws -> Response {
        let registration = req.query[String.self, at: "registration"]
        let (event, organiser, context) = try await inputEvent(req, registration: registration)
        return try await FollowUpForms.loadInput(event, registration: registration, state: FormState(), organiser: organiser, context, on: req.db)
            .render(context)
    }

    func addInput(req: Request) async throws -> Response {
        let posted = try req.content.decode(FormValues<InputForm>.self)
        let registration = try? req.content.get(String.self, at: "registration")
        let (event, organiser, context) = try await inputEvent(req, registration: registration)
        let themes = try await FollowUpLoader.themeOptions(for: event, language: context.language, on: req.db)
        let eventID = try event.requireID()
        let next = registration.nonEmpty.map { context.link(.registration($0)) } ?? context.link(.event(eventID))
        return try await req.submitForm(next: next, values: posted.state, render: { state, status in
            FollowUpForms.input(event, registration: registration, state: state, themes: themes, organiser: organiser, context).render(context, status: status)
        }, save: {
            _ = try await FollowUpEditor(database: req.db).record(InputForm.details(posted, registration: registration), at: event, by: req.currentUser,
                                                                  online: !organiser)
        })
    }

    func followUp(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await FollowUpPage.load(req.intParameter(), viewer: context.user, language: context.language, on: req.db).render(context)
    }

    private func editable(_ req: Request) async throws -> (Network, PageContext) {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return (network, try PageContext(request: req))
    }

    private func render(_ req: Request, _ network: Network, _ action: FollowUpAction?, _ state: FormState, _ context: PageContext,
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        try await FollowUpForms.loadAction(network, action: action, state: state, context, on: req.db).render(context, status: status)
    }

    func newAction(req: Request) async throws -> Response {
        let (network, context) = try await editable(req)
        // "Turn into an action" from an input: that input ticked already.
        let input = req.query[String.self, at: "input"]
        let values = FormValues<FollowUpActionForm>([.status: FollowUpAction.Status.planned.rawValue], lists: [.inputIds: input.map { [$0] } ?? []])
        return try await render(req, network, nil, values.state, context)
    }

    func createAction(req: Request) async throws -> Response {
        let (network, context) = try await editable(req)
        return try await save(req, network, FollowUpAction(), existing: nil, context)
    }

    func editAction(req: Request) async throws -> Response {
        let (network, context) = try await editable(req)
        let action = try await FollowUpLoader.action(req.parameters.get("actionId").flatMap(Int.init), of: network.requireID(), on: req.db)
        return try await render(req, network, action, FollowUpActionForm.values(of: action).state, context)
    }

    func updateAction(req: Request) async throws -> Response {
        let (network, context) = try await editable(req)
        let action = try await FollowUpLoader.action(req.parameters.get("actionId").flatMap(Int.init), of: network.requireID(), on: req.db)
        if (try? req.content.get(String.self, at: "remove")) == "1" {
            try await FollowUpEditor(database: req.db).remove(action)
            return req.redirect(to: context.link(.followUp(try network.requireID())), redirectType: .normal)
        }
        return try await save(req, network, action, existing: action, context)
    }

    private func save(_ req: Request, _ network: Network, _ action: FollowUpAction, existing: FollowUpAction?, _ context: PageContext) async throws -> Response {
        let posted = try req.content.decode(FormValues<FollowUpActionForm>.self)
        let (details, formErrors) = FollowUpActionForm.details(posted)
        return try await req.submitForm(next: context.link(.followUp(network.requireID())) + "#action-\(action.id ?? 0)", values: posted.state, render: { state, status in
            try await render(req, network, existing, state, context, status: status)
        }, save: {
            try await FollowUpEditor(database: req.db).save(details, into: action, network: network, formErrors: formErrors)
        })
    }
}
