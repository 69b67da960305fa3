import Fluent
import Plot
import Vapor

/// The forms a coordinator keeps an ecosystem with: the ecosystem itself, its goals and its actions.
/// A form with errors comes back with each message next to its field and everything typed kept.
struct EcosystemFormPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        signedIn.get(.newEcosystem, use: new)
        signedIn.post(.newEcosystem, use: create)
        signedIn.get(.editEcosystem(0), use: edit)
        signedIn.post(.editEcosystem(0), use: update)
        signedIn.get(.newGoal(0), use: newGoal)
        signedIn.post(.newGoal(0), use: addGoal)
        signedIn.get(.newAction(0), use: newAction)
        signedIn.post(.newAction(0), use: addAction)
        signedIn.get(.editGoal(0, 0), use: editGoal)
        signedIn.post(.editGoal(0, 0), use: updateGoal)
        signedIn.get(.editAction(0, 0), use: editAction)
        signedIn.post(.editAction(0, 0), use: updateAction)
    }

    // MARK: The ecosystem

    private func ecosystemPage(_ req: Request, ecosystem: Ecosystem?, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let context = try PageContext(request: req)
        let choices = try await EcosystemFormChoices.load(coordinator: ecosystem?.$coordinator.id ?? context.user?.$organization.id,
                                                          language: context.language, on: req.db)
        // The municipalities are required: their legend says so (a list of checkboxes has no required mark of its own).
        let municipalities = FormFields.checkboxes(EcosystemForm.Key.municipalities.rawValue,
                                                   legend: context.t(EcosystemForm.field(.municipalities).labelKey) + " (" + context.t("form.required") + ")",
                                                   options: choices.municipalities, state, context)
        return FormPage(
            EcosystemForm.self,
            title: ecosystem.map { context.t("organization.editTitle", ["name": $0.name]) } ?? context.t("ecosystem.new"),
            action: ecosystem.map { context.link(.editEcosystem($0.id ?? 0)) } ?? context.link(.newEcosystem),
            cancel: ecosystem.map { context.link(.ecosystem($0.id ?? 0)) } ?? context.link(.ecosystems),
            state: state,
            fields: FormFields.draw(EcosystemForm.self, state, context, options: [.contactPersonId: choices.contacts, .wantedCompetences: choices.competences],
                                    except: [.municipalities]) + [municipalities],
            context: context
        ).render(context, status: status)
    }

    func new(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        return try await ecosystemPage(req, ecosystem: nil, state: FormState())
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        let posted = try req.content.decode(FormValues<EcosystemForm>.self)
        let ecosystem = Ecosystem()
        return try await req.submitForm(next: try PageContext(request: req).link(.ecosystem(try ecosystem.requireID())), values: posted.state,
                                        render: { state, status in
            try await ecosystemPage(req, ecosystem: nil, state: state, status: status)
        }, save: {
            var input = EcosystemForm.input(posted, keeping: nil)
            input.coordinatorId = user.$organization.id
            try await EcosystemEditor(database: req.db).save(input, into: ecosystem)
        })
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return try await ecosystemPage(req, ecosystem: ecosystem, state: EcosystemForm.values(of: ecosystem).state)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let posted = try req.content.decode(FormValues<EcosystemForm>.self)
        return try await req.submitForm(next: try PageContext(request: req).link(.ecosystem(try ecosystem.requireID())), values: posted.state,
                                        render: { state, status in
            try await ecosystemPage(req, ecosystem: ecosystem, state: state, status: status)
        }, save: {
            try await EcosystemEditor(database: req.db).save(EcosystemForm.input(posted, keeping: ecosystem), into: ecosystem)
        })
    }

    // MARK: Goals and actions

    private func goalPage(_ req: Request, _ ecosystem: Ecosystem, goal: EcosystemGoal? = nil, state: FormState, status: HTTPResponseStatus = .ok) throws -> Response {
        let context = try PageContext(request: req)
        let id = ecosystem.id ?? 0
        let action = goal.map { context.link(.editGoal(id, $0.id ?? 0)) } ?? context.link(.newGoal(id))
        return FormPage(
            GoalForm.self,
            title: goal.map { context.t("organization.editTitle", ["name": $0.title]) } ?? context.t("goal.new", ["name": ecosystem.name]),
            action: action,
            cancel: context.link(.ecosystem(id)),
            state: state,
            fields: FormFields.draw(GoalForm.self, state, context),
            removal: goal.map { _ in (action, context.t("form.remove")) },
            context: context
        ).render(context, status: status)
    }

    func newGoal(req: Request) async throws -> Response {
        let user = try req.user
        return try goalPage(req, try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db), state: FormState())
    }

    func addGoal(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let posted = try req.content.decode(FormValues<GoalForm>.self)
        return try await req.submitForm(next: try PageContext(request: req).link(.ecosystem(try ecosystem.requireID())), values: posted.state,
                                        render: { state, status in
            try goalPage(req, ecosystem, state: state, status: status)
        }, save: {
            if posted.isMalformed(.progress) { throw Problem.validation(["progress": "goal.progress.invalid"]) }
            try await EcosystemEditor(database: req.db).saveGoal(GoalForm.input(posted), ecosystemID: ecosystem.requireID(), into: EcosystemGoal())
        })
    }

    private func actionPage(_ req: Request, _ ecosystem: Ecosystem, existing: EcosystemAction? = nil, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let context = try PageContext(request: req)
        let id = ecosystem.id ?? 0
        // Owners: the ecosystem's actors, the first few hundred by name.
        let owners = try await EcosystemFormChoices.owners(of: ecosystem, on: req.db)
        let goals = ecosystem.goals.map { (value: "\($0.id ?? 0)", label: $0.title) }
        // "Planned" is the empty choice.
        let statuses = EcosystemAction.Status.allCases.dropFirst().map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let target = existing.map { context.link(.editAction(id, $0.id ?? 0)) } ?? context.link(.newAction(id))
        return FormPage(
            ActionForm.self,
            title: existing.map { context.t("organization.editTitle", ["name": $0.title]) } ?? context.t("action.new", ["name": ecosystem.name]),
            action: target,
            cancel: context.link(.ecosystem(id)),
            state: state,
            fields: FormFields.draw(ActionForm.self, state, context, options: [.goalId: goals, .ownerId: owners, .status: statuses]),
            removal: existing.map { _ in (target, context.t("form.remove")) },
            context: context
        ).render(context, status: status)
    }

    func newAction(req: Request) async throws -> Response {
        let user = try req.user
        return try await actionPage(req, try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db), state: FormState())
    }

    func addAction(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let posted = try req.content.decode(FormValues<ActionForm>.self)
        return try await req.submitForm(next: try PageContext(request: req).link(.ecosystem(try ecosystem.requireID())), values: posted.state,
                                        render: { state, status in
            try await actionPage(req, ecosystem, state: state, status: status)
        }, save: {
            try await EcosystemEditor(database: req.db).saveAction(ActionForm.input(posted), ecosystemID: ecosystem.requireID(), into: EcosystemAction())
        })
    }

    // MARK: Editing goals and actions

    func editGoal(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let goal = try ecosystem.goal(req)
        return try goalPage(req, ecosystem, goal: goal, state: GoalForm.values(of: goal).state)
    }

    /// Saves the goal, or removes it when the form's remove button was used.
    func updateGoal(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let goal = try ecosystem.goal(req)
        let back = try PageContext(request: req).link(.ecosystem(try ecosystem.requireID()))
        if (try? req.content.get(String.self, at: "remove")) == "1" {
            try await EcosystemEditor(database: req.db).deleteGoal(goal)
            return req.redirect(to: back, redirectType: .normal)
        }
        let posted = try req.content.decode(FormValues<GoalForm>.self)
        return try await req.submitForm(next: back, values: posted.state, render: { state, status in
            try goalPage(req, ecosystem, goal: goal, state: state, status: status)
        }, save: {
            if posted.isMalformed(.progress) { throw Problem.validation(["progress": "goal.progress.invalid"]) }
            try await EcosystemEditor(database: req.db).saveGoal(GoalForm.input(posted), ecosystemID: ecosystem.requireID(), into: goal)
        })
    }

    func editAction(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let action = try ecosystem.action(req)
        return try await actionPage(req, ecosystem, existing: action, state: ActionForm.values(of: action).state)
    }

    func updateAction(req: Request) async throws -> Response {
        let user = try req.user
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let action = try ecosystem.action(req)
        let back = try PageContext(request: req).link(.ecosystem(try ecosystem.requireID()))
        if (try? req.content.get(String.self, at: "remove")) == "1" {
            try await EcosystemEditor(database: req.db).deleteAction(action)
            return req.redirect(to: back, redirectType: .normal)
        }
        let posted = try req.content.decode(FormValues<ActionForm>.self)
        return try await req.submitForm(next: back, values: posted.state, render: { state, status in
            try await actionPage(req, ecosystem, existing: action, state: state, status: status)
        }, save: {
            try await EcosystemEditor(database: req.db).saveAction(ActionForm.input(posted), ecosystemID: ecosystem.requireID(), into: action)
        })
    }
}
