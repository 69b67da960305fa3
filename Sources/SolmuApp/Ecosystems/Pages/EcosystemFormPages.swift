import Fluent
import Plot
import Vapor

/// The forms a coordinator keeps an ecosystem with: the ecosystem itself, its goals and its actions.
/// A form with errors comes back with each message next to its field and everything typed kept.
struct EcosystemFormPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newEcosystem, use: new)
        routes.post(.newEcosystem, use: create)
        routes.get(.editEcosystem(0), use: edit)
        routes.post(.editEcosystem(0), use: update)
        routes.get(.newGoal(0), use: newGoal)
        routes.post(.newGoal(0), use: addGoal)
        routes.get(.newAction(0), use: newAction)
        routes.post(.newAction(0), use: addAction)
        routes.get(.editGoal(0, 0), use: editGoal)
        routes.post(.editGoal(0, 0), use: updateGoal)
        routes.get(.editAction(0, 0), use: editAction)
        routes.post(.editAction(0, 0), use: updateAction)
    }

    // MARK: The ecosystem

    private func ecosystemPage(_ req: Request, ecosystem: Ecosystem?, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let context = try PageContext(request: req)
        let options = try await AtlasOptions.load(req.db, context.language)
        var people = Person.query(on: req.db).sort(\.$name).with(\.$organization)
        if let coordinator = ecosystem?.$coordinator.id ?? context.user?.$organization.id { people = people.filter(\.$organization.$id == coordinator) }
        let contacts = try await people.all().map { (value: "\($0.id ?? 0)", label: $0.name) }
        let title = ecosystem.map { context.t("organization.editTitle", ["name": $0.name]) } ?? context.t("ecosystem.new")
        let action = ecosystem.map { context.link(.editEcosystem($0.id ?? 0)) } ?? context.link(.newEcosystem)
        let labels = [
            "name": context.t("network.name"), "municipalities": context.t("ecosystem.municipalities"),
            "strengthsFi": context.t("ecosystem.strengthsFi"), "strengthsSv": context.t("ecosystem.strengthsSv"), "strengthsEn": context.t("ecosystem.strengthsEn"),
            "visionFi": context.t("ecosystem.visionFi"), "visionSv": context.t("ecosystem.visionSv"), "visionEn": context.t("ecosystem.visionEn"),
            "wantedCompetences": context.t("ecosystem.wantedCompetences"), "contactPersonId": context.t("investIn.contact"),
        ]
        return Layout.page(context, title: title, status: status, main: .div(
            .h1(.text(title)),
            .form(.action(action), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                FormFields.csrf(context.csrfToken),
                FormFields.text("name", label: labels["name"]!, required: true, autocomplete: "off", state, context),
                FormFields.textArea("strengthsFi", label: labels["strengthsFi"]!, lang: .fi, state, context),
                FormFields.textArea("strengthsSv", label: labels["strengthsSv"]!, lang: .sv, state, context),
                FormFields.textArea("strengthsEn", label: labels["strengthsEn"]!, lang: .en, state, context),
                FormFields.textArea("visionFi", label: labels["visionFi"]!, lang: .fi, state, context),
                FormFields.textArea("visionSv", label: labels["visionSv"]!, lang: .sv, state, context),
                FormFields.textArea("visionEn", label: labels["visionEn"]!, lang: .en, state, context),
                FormFields.select("contactPersonId", label: labels["contactPersonId"]!, emptyLabel: context.t("network.noContact"), options: contacts, state, context),
                FormFields.checkboxes("wantedCompetences", legend: labels["wantedCompetences"]!, options: options.competences, state, context),
                FormFields.checkboxes("municipalities", legend: labels["municipalities"]! + " (" + context.t("form.required") + ")", options: options.municipalities, state, context),
                .div(.class("form-actions"),
                    .button(.type(.submit), .class("button"), .text(context.t("form.save"))),
                    .a(.href(ecosystem.map { context.link(.ecosystem($0.id ?? 0)) } ?? context.link(.ecosystems)), .text(context.t("form.cancel")))))
        ))
    }

    func new(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        guard NetworkAccess.canCreate(user) else { throw Abort(.forbidden) }
        return try await ecosystemPage(req, ecosystem: nil, state: FormState())
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        guard NetworkAccess.canCreate(user) else { throw Abort(.forbidden) }
        try CSRF.verifyForm(req)
        let form = try req.content.decode(EcosystemForm.self)
        var input = form.input(keeping: nil)
        input.coordinatorId = user.$organization.id
        let ecosystem = Ecosystem()
        do {
            try await EcosystemEditor(database: req.db).save(input, into: ecosystem)
            return req.redirect(to: try PageContext(request: req).link(.ecosystem(try ecosystem.requireID())), redirectType: .normal)
        } catch let problem as Problem {
            var state = form.state
            state.errors = problem.fieldErrors
            return try await ecosystemPage(req, ecosystem: nil, state: state, status: problem.status)
        }
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return try await ecosystemPage(req, ecosystem: ecosystem, state: EcosystemForm.state(from: ecosystem))
    }

    func update(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try CSRF.verifyForm(req)
        let form = try req.content.decode(EcosystemForm.self)
        do {
            try await EcosystemEditor(database: req.db).save(form.input(keeping: ecosystem), into: ecosystem)
            return req.redirect(to: try PageContext(request: req).link(.ecosystem(try ecosystem.requireID())), redirectType: .normal)
        } catch let problem as Problem {
            var state = form.state
            state.errors = problem.fieldErrors
            return try await ecosystemPage(req, ecosystem: ecosystem, state: state, status: problem.status)
        }
    }

    // MARK: Goals and actions

    private func goalPage(_ req: Request, _ ecosystem: Ecosystem, goal: EcosystemGoal? = nil, state: FormState, status: HTTPResponseStatus = .ok) throws -> Response {
        let context = try PageContext(request: req)
        let id = ecosystem.id ?? 0
        let labels = ["title": context.t("goal.title"), "target": context.t("goal.target"), "startsOn": context.t("network.startsOn"),
                      "targetDate": context.t("goal.targetDate"), "progress": context.t("goal.progress")]
        let title = goal.map { context.t("organization.editTitle", ["name": $0.title]) } ?? context.t("goal.new", ["name": ecosystem.name])
        let action = goal.map { context.link(.editGoal(id, $0.id ?? 0)) } ?? context.link(.newGoal(id))
        return Layout.page(context, title: title, status: status, main: .div(
            .h1(.text(title)),
            .form(.action(action), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                FormFields.csrf(context.csrfToken),
                FormFields.text("title", label: labels["title"]!, required: true, autocomplete: "off", state, context),
                FormFields.text("target", label: labels["target"]!, hint: context.t("goal.targetHint"), required: true, autocomplete: "off", state, context),
                FormFields.text("startsOn", label: labels["startsOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.text("targetDate", label: labels["targetDate"]!, hint: context.t("date.hint"), required: true, state, context),
                FormFields.text("progress", label: labels["progress"]!, hint: context.t("goal.progressHint"), state, context),
                .div(.class("form-actions"), .button(.type(.submit), .class("button"), .text(context.t("form.save"))),
                     .a(.href(context.link(.ecosystem(id))), .text(context.t("form.cancel"))))),
            removeForm(action, context)
        ))
    }

    /// On an edit page: a separate form that removes the item.
    private func removeForm(_ action: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard action.hasSuffix("/edit") else { return .empty }
        return .form(.action(action), .method(.post), FormFields.csrf(context.csrfToken),
                     .input(.type(.hidden), .name("remove"), .value("1")),
                     .button(.type(.submit), .class("button button--danger"), .text(context.t("form.remove"))))
    }

    func newGoal(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        return try goalPage(req, try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db), state: FormState())
    }

    func addGoal(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try CSRF.verifyForm(req)
        let form = try req.content.decode(GoalForm.self)
        do {
            if form.progressIsMalformed { throw Problem.validation(["progress": "goal.progress.invalid"]) }
            try await EcosystemEditor(database: req.db).saveGoal(form.input, ecosystemID: ecosystem.requireID(), into: EcosystemGoal())
            return req.redirect(to: try PageContext(request: req).link(.ecosystem(try ecosystem.requireID())), redirectType: .normal)
        } catch let problem as Problem {
            var state = form.state
            state.errors = problem.fieldErrors
            return try goalPage(req, ecosystem, state: state, status: problem.status)
        }
    }

    private func actionPage(_ req: Request, _ ecosystem: Ecosystem, existing: EcosystemAction? = nil, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let context = try PageContext(request: req)
        let id = ecosystem.id ?? 0
        let labels = ["title": context.t("action.title"), "goalId": context.t("goal.title"), "ownerId": context.t("action.owner"),
                      "dueOn": context.t("action.dueOn"), "status": context.t("ecosystem.status")]
        // Owners: the ecosystem's actors, the first few hundred by name.
        let owners = try await EcosystemLoader.actorsByName(ecosystem, on: req.db).limit(500).all()
            .map { (value: "\($0.id ?? 0)", label: $0.name) }
        let goals = ecosystem.goals.map { (value: "\($0.id ?? 0)", label: $0.title) }
        let statuses = EcosystemAction.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let title = existing.map { context.t("organization.editTitle", ["name": $0.title]) } ?? context.t("action.new", ["name": ecosystem.name])
        let target = existing.map { context.link(.editAction(id, $0.id ?? 0)) } ?? context.link(.newAction(id))
        return Layout.page(context, title: title, status: status, main: .div(
            .h1(.text(title)),
            .form(.action(target), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                FormFields.errorSummary(state, context, labels: labels),
                FormFields.csrf(context.csrfToken),
                FormFields.text("title", label: labels["title"]!, required: true, autocomplete: "off", state, context),
                FormFields.select("goalId", label: labels["goalId"]!, emptyLabel: context.t("action.noGoal"), options: goals, state, context),
                FormFields.select("ownerId", label: labels["ownerId"]!, emptyLabel: context.t("form.choose"), options: owners, state, context),
                FormFields.text("dueOn", label: labels["dueOn"]!, hint: context.t("date.hint"), state, context),
                FormFields.select("status", label: labels["status"]!, emptyLabel: context.t("actionStatus.planned"),
                                  options: Array(statuses.dropFirst()), state, context),
                .div(.class("form-actions"), .button(.type(.submit), .class("button"), .text(context.t("form.save"))),
                     .a(.href(context.link(.ecosystem(id))), .text(context.t("form.cancel"))))),
            removeForm(target, context)
        ))
    }

    func newAction(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        return try await actionPage(req, try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db), state: FormState())
    }

    func addAction(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try CSRF.verifyForm(req)
        let form = try req.content.decode(ActionForm.self)
        do {
            try await EcosystemEditor(database: req.db).saveAction(form.input, ecosystemID: ecosystem.requireID(), into: EcosystemAction())
            return req.redirect(to: try PageContext(request: req).link(.ecosystem(try ecosystem.requireID())), redirectType: .normal)
        } catch let problem as Problem {
            var state = form.state
            state.errors = problem.fieldErrors
            return try await actionPage(req, ecosystem, state: state, status: problem.status)
        }
    }

    // MARK: Editing goals and actions

    func editGoal(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let goal = try ecosystem.goal(req)
        let state = FormState(values: ["title": goal.title, "target": goal.target, "startsOn": goal.startsOn ?? "",
                                       "targetDate": goal.targetDate, "progress": goal.progress.map(String.init) ?? ""])
        return try goalPage(req, ecosystem, goal: goal, state: state)
    }

    /// Saves the goal, or removes it when the form's remove button was used.
    func updateGoal(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let goal = try ecosystem.goal(req)
        try CSRF.verifyForm(req)
        let back = try PageContext(request: req).link(.ecosystem(try ecosystem.requireID()))
        if (try? req.content.get(String.self, at: "remove")) == "1" {
            try await goal.delete(on: req.db)
            return req.redirect(to: back, redirectType: .normal)
        }
        let form = try req.content.decode(GoalForm.self)
        do {
            if form.progressIsMalformed { throw Problem.validation(["progress": "goal.progress.invalid"]) }
            try await EcosystemEditor(database: req.db).saveGoal(form.input, ecosystemID: ecosystem.requireID(), into: goal)
            return req.redirect(to: back, redirectType: .normal)
        } catch let problem as Problem {
            var state = form.state
            state.errors = problem.fieldErrors
            return try goalPage(req, ecosystem, goal: goal, state: state, status: problem.status)
        }
    }

    func editAction(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let action = try ecosystem.action(req)
        let state = FormState(values: ["title": action.title, "goalId": action.$goal.id.map(String.init) ?? "",
                                       "ownerId": action.$owner.id.map(String.init) ?? "", "dueOn": action.dueOn ?? "",
                                       "status": action.status == .planned ? "" : action.status.rawValue])
        return try await actionPage(req, ecosystem, existing: action, state: state)
    }

    func updateAction(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let ecosystem = try await EcosystemAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let action = try ecosystem.action(req)
        try CSRF.verifyForm(req)
        let back = try PageContext(request: req).link(.ecosystem(try ecosystem.requireID()))
        if (try? req.content.get(String.self, at: "remove")) == "1" {
            try await action.delete(on: req.db)
            return req.redirect(to: back, redirectType: .normal)
        }
        let form = try req.content.decode(ActionForm.self)
        do {
            try await EcosystemEditor(database: req.db).saveAction(form.input, ecosystemID: ecosystem.requireID(), into: action)
            return req.redirect(to: back, redirectType: .normal)
        } catch let problem as Problem {
            var state = form.state
            state.errors = problem.fieldErrors
            return try await actionPage(req, ecosystem, existing: action, state: state, status: problem.status)
        }
    }
}
