import Fluent
import Plot
import Vapor

/// The forms a coordinator keeps an ecosystem with: the ecosystem itself, its goals and its actions.
/// A form with errors comes back with each message next to its field and everything typed kept.
struct EcosystemFormPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        signedIn.form(.newEcosystem, newEcosystem)
        signedIn.form(.editEcosystem(0), editEcosystem)
        signedIn.form(.newGoal(0), newGoal)
        signedIn.form(.newAction(0), newAction)
        signedIn.form(.editGoal(0, 0), editGoal)
        signedIn.form(.editAction(0, 0), editAction)
    }

    /// The ecosystem named in the path, when the signed-in user may edit it (404 or 403 otherwise).
    private func editable(_ req: Request) async throws -> Ecosystem {
        let user = try req.user
        return try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
    }

    /// Where every form here goes after a save: the ecosystem's page.
    private func back(_ ecosystem: Ecosystem, _ context: PageContext) throws -> String {
        context.link(.ecosystem(try ecosystem.requireID()))
    }

    /// The breadcrumbs down to a form: the ecosystems, then the ecosystem when there is one.
    private func trail(_ ecosystem: Ecosystem?, _ context: PageContext) -> [(title: String, href: String)] {
        [(title: context.t("ecosystems.title"), href: context.link(.ecosystems))]
            + (ecosystem.map { [(title: $0.name, href: context.link(.ecosystem($0.id ?? 0)))] } ?? [])
    }

    // MARK: The ecosystem

    private func ecosystemPage(_ req: Request, ecosystem: Ecosystem?, state: FormState, _ context: PageContext) async throws -> FormPage {
        let choices = try await EcosystemFormChoices.load(
            coordinator: ecosystem?.$coordinator.id ?? context.user?.$organization.id,
            language: context.language, on: req.db)
        // The municipalities are required: their legend says so (a list of checkboxes has no required mark of its own).
        let municipalities = FormFields.checkboxes(
            EcosystemForm.Key.municipalities.rawValue,
            legend: context.t(EcosystemForm.field(.municipalities).labelKey) + " (" + context.t("form.required") + ")",
            options: choices.municipalities, state, context)
        return FormPage(
            EcosystemForm.self,
            title: ecosystem.map { context.t("organization.editTitle", ["name": $0.name]) } ?? context.t("ecosystem.new"),
            action: ecosystem.map { context.link(.editEcosystem($0.id ?? 0)) } ?? context.link(.newEcosystem),
            cancel: ecosystem.map { context.link(.ecosystem($0.id ?? 0)) } ?? context.link(.ecosystems),
            state: state,
            fields: FormFields.draw(
                EcosystemForm.self, state, context, options: [.contactPersonId: choices.contacts, .wantedCompetences: choices.competences],
                except: [.municipalities]) + [municipalities],
            submitLabel: context.t(ecosystem == nil ? "ecosystem.new" : "form.save"),
            breadcrumbs: trail(ecosystem, context),
            context: context
        )
    }

    /// A new ecosystem, coordinated by the signed-in user's organisation.
    var newEcosystem: FormRoute<EcosystemForm, (user: User, ecosystem: Ecosystem)> {
        FormRoute(
            subject: { req in
                let user = try req.user
                guard user.mayStartForOrganization else { throw Abort(.forbidden) }
                return (user, Ecosystem())
            },
            page: { req, _, state, context in try await ecosystemPage(req, ecosystem: nil, state: state, context) },
            next: { s, context in try back(s.ecosystem, context) },
            save: { req, s, posted in
                var input = EcosystemForm.input(posted.values, keeping: nil)
                input.coordinatorId = s.user.$organization.id
                try await EcosystemEditor(database: req.db).save(input, into: s.ecosystem)
            })
    }

    var editEcosystem: FormRoute<EcosystemForm, Ecosystem> {
        FormRoute(
            subject: { try await editable($0) },
            initial: { EcosystemForm.values(of: $0) },
            page: { req, ecosystem, state, context in try await ecosystemPage(req, ecosystem: ecosystem, state: state, context) },
            next: { ecosystem, context in try back(ecosystem, context) },
            save: { req, ecosystem, posted in
                try await EcosystemEditor(database: req.db).save(EcosystemForm.input(posted.values, keeping: ecosystem), into: ecosystem)
            })
    }

    // MARK: Goals and actions

    private func goalPage(_ ecosystem: Ecosystem, goal: EcosystemGoal? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = ecosystem.id ?? 0
        let action = goal.map { context.link(.editGoal(id, $0.id ?? 0)) } ?? context.link(.newGoal(id))
        return FormPage(
            GoalForm.self,
            title: goal.map { context.t("organization.editTitle", ["name": $0.title]) } ?? context.t("goal.new", ["name": ecosystem.name]),
            action: action,
            cancel: context.link(.ecosystem(id)),
            state: state,
            fields: FormFields.draw(GoalForm.self, state, context),
            submitLabel: context.t(goal == nil ? "goal.add" : "form.save"),
            removal: goal.map { _ in (action, context.t("form.remove")) },
            breadcrumbs: trail(ecosystem, context),
            context: context
        )
    }

    /// A progress that is not a whole number is refused beside its field.
    private func checkProgress(_ posted: FormValues<GoalForm>) throws {
        if posted.isMalformed(.progress) { throw Problem.validation(["progress": "goal.progress.invalid"]) }
    }

    var newGoal: FormRoute<GoalForm, Ecosystem> {
        FormRoute(
            subject: { try await editable($0) },
            page: { _, ecosystem, state, context in goalPage(ecosystem, state: state, context) },
            next: { ecosystem, context in try back(ecosystem, context) },
            save: { req, ecosystem, posted in
                try checkProgress(posted.values)
                try await EcosystemEditor(database: req.db).saveGoal(
                    GoalForm.input(posted.values), ecosystemID: ecosystem.requireID(), into: EcosystemGoal())
            })
    }

    private func actionPage(
        _ req: Request, _ ecosystem: Ecosystem, existing: EcosystemAction? = nil, state: FormState,
        _ context: PageContext
    ) async throws -> FormPage {
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
            submitLabel: context.t(existing == nil ? "action.add" : "form.save"),
            removal: existing.map { _ in (target, context.t("form.remove")) },
            breadcrumbs: trail(ecosystem, context),
            context: context
        )
    }

    var newAction: FormRoute<ActionForm, Ecosystem> {
        FormRoute(
            subject: { try await editable($0) },
            page: { req, ecosystem, state, context in try await actionPage(req, ecosystem, state: state, context) },
            next: { ecosystem, context in try back(ecosystem, context) },
            save: { req, ecosystem, posted in
                try await EcosystemEditor(database: req.db).saveAction(
                    ActionForm.input(posted.values), ecosystemID: ecosystem.requireID(), into: EcosystemAction())
            })
    }

    // MARK: Editing goals and actions

    /// Editing a goal; the form's remove button removes it.
    var editGoal: FormRoute<GoalForm, (ecosystem: Ecosystem, goal: EcosystemGoal)> {
        FormRoute(
            subject: { req in
                let ecosystem = try await editable(req); return (ecosystem, try ecosystem.goal(req))
            },
            initial: { GoalForm.values(of: $0.goal) },
            page: { _, s, state, context in goalPage(s.ecosystem, goal: s.goal, state: state, context) },
            next: { s, context in try back(s.ecosystem, context) },
            save: { req, s, posted in
                let editor = EcosystemEditor(database: req.db)
                if posted.removing { return try await editor.deleteGoal(s.goal) }
                try checkProgress(posted.values)
                try await editor.saveGoal(GoalForm.input(posted.values), ecosystemID: s.ecosystem.requireID(), into: s.goal)
            })
    }

    /// Editing an action; the form's remove button removes it.
    var editAction: FormRoute<ActionForm, (ecosystem: Ecosystem, action: EcosystemAction)> {
        FormRoute(
            subject: { req in
                let ecosystem = try await editable(req); return (ecosystem, try ecosystem.action(req))
            },
            initial: { ActionForm.values(of: $0.action) },
            page: { req, s, state, context in try await actionPage(req, s.ecosystem, existing: s.action, state: state, context) },
            next: { s, context in try back(s.ecosystem, context) },
            save: { req, s, posted in
                let editor = EcosystemEditor(database: req.db)
                if posted.removing { return try await editor.deleteAction(s.action) }
                try await editor.saveAction(ActionForm.input(posted.values), ecosystemID: s.ecosystem.requireID(), into: s.action)
            })
    }
}
