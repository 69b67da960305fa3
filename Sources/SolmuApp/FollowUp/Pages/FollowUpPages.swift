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
        signedIn.form(.newFollowUpAction(0), newAction)
        signedIn.form(.editFollowUpAction(0, 0), editAction)
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
        return try await req.submitForm(
            next: next, values: posted.state,
            render: { state, status in
                FollowUpForms.input(event, registration: registration, state: state, themes: themes, organiser: organiser, context).render(
                    context, status: status)
            },
            save: {
                _ = try await FollowUpEditor(database: req.db).record(
                    InputForm.details(posted, registration: registration), at: event, by: req.currentUser,
                    online: !organiser)
            })
    }

    func followUp(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await FollowUpPage.load(req.intParameter(), viewer: context.user, language: context.language, on: req.db).render(context)
    }

    private func editable(_ req: Request) async throws -> Network {
        let user = try req.user
        return try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
    }

    /// A new action; "Turn into an action" from an input (`?input=`) opens it with that input ticked already.
    var newAction: FormRoute<FollowUpActionForm, (network: Network, action: FollowUpAction, input: String?)> {
        FormRoute(
            subject: { req in
                let network = try await editable(req)
                return (network, FollowUpAction(), req.query[String.self, at: "input"])
            },
            initial: { s in
                FormValues<FollowUpActionForm>([.status: FollowUpAction.Status.planned.rawValue], lists: [.inputIds: s.input.map { [$0] } ?? []])
            },
            page: { req, s, state, context in try await FollowUpForms.loadAction(s.network, action: nil, state: state, context, on: req.db) },
            next: { s, context in try context.link(.followUp(s.network.requireID())) + "#action-\(s.action.id ?? 0)" },
            save: { req, s, posted in try await saveAction(req, posted.values, into: s.action, of: s.network) })
    }

    var editAction: FormRoute<FollowUpActionForm, (network: Network, action: FollowUpAction)> {
        FormRoute(
            subject: { req in
                let network = try await editable(req)
                let action = try await FollowUpLoader.action(req.parameters.get("actionId").flatMap(Int.init), of: network.requireID(), on: req.db)
                return (network, action)
            },
            initial: { FollowUpActionForm.values(of: $0.action) },
            page: { req, s, state, context in try await FollowUpForms.loadAction(s.network, action: s.action, state: state, context, on: req.db) },
            next: { s, context in try context.link(.followUp(s.network.requireID())) + "#action-\(s.action.id ?? 0)" },
            save: { req, s, posted in
                if posted.removing { return try await FollowUpEditor(database: req.db).remove(s.action) }
                try await saveAction(req, posted.values, into: s.action, of: s.network)
            },
            removed: { s, context in context.link(.followUp(try s.network.requireID())) })
    }

    private func saveAction(_ req: Request, _ posted: FormValues<FollowUpActionForm>, into action: FollowUpAction, of network: Network) async throws {
        let (details, formErrors) = FollowUpActionForm.details(posted)
        try await FollowUpEditor(database: req.db).save(details, into: action, network: network, formErrors: formErrors)
    }
}
