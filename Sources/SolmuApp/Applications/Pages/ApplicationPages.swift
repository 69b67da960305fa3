import Fluent
import Vapor

/// The pages an application lives in: applying to a call, the application itself, the consortium's forms, the steps
/// of the office and the bodies, assigning reviewers, and "my applications".
struct ApplicationPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.apply(0), use: newApplication)
        routes.post(.apply(0), use: createApplication)
        routes.get(.application(0), use: show)
        routes.get(.editApplication(0), use: edit)
        routes.post(.editApplication(0), use: update)
        routes.get(.newPartner(0), use: newPartner)
        routes.post(.newPartner(0), use: addPartner)
        routes.get(.editPartner(0, 0), use: editPartner)
        routes.post(.editPartner(0, 0), use: updatePartner)
        routes.get(.newPlannedWorkPackage(0), use: newWorkPackage)
        routes.post(.newPlannedWorkPackage(0), use: addWorkPackage)
        routes.get(.applicationTargets(0), use: editTargets)
        routes.post(.applicationTargets(0), use: saveTargets)
        routes.get(.applicationStep(0, ""), use: stepForm)
        routes.post(.applicationStep(0, ""), use: step)
        routes.get(.assignReviewer(0), use: assignForm)
        routes.post(.assignReviewer(0), use: assign)
        routes.get(.myApplications, use: mine)
    }

    // MARK: Applying

    private func openCall(_ req: Request) async throws -> (Call, User, PageContext) {
        let user = try req.requirePageUser()
        let call = try await CallLoader.require(req.intParameter(), for: user, on: req.db)
        if req.method == .POST { try CSRF.verifyForm(req) }
        return (call, user, try PageContext(request: req))
    }

    /// The organisations `user` may apply for: the one they act for (admins: any).
    static func leadChoices(_ user: User, _ database: any Database) async throws -> [(value: String, label: String)] {
        if user.isAdmin { return try await AtlasOptions.organizations(database) }
        guard let id = user.$organization.id, let organization = try await Organization.find(id, on: database) else { return [] }
        return [(value: "\(id)", label: organization.name)]
    }

    func newApplication(req: Request) async throws -> Response {
        let (call, user, context) = try await openCall(req)
        let state = FormState(values: ["leadOrganizationId": user.$organization.id.map(String.init) ?? ""])
        return ApplicationForms.apply(call, organizations: try await Self.leadChoices(user, req.db), state: state, context).render(context)
    }

    func createApplication(req: Request) async throws -> Response {
        let (call, user, context) = try await openCall(req)
        let form = try req.content.decode([String: String].self)
        let organizations = try await Self.leadChoices(user, req.db)
        var created: FundingApplication?
        return try await req.submitForm(next: context.link(.application(created?.id ?? 0)), values: FormState(values: form), render: { state, status in
            ApplicationForms.apply(call, organizations: organizations, state: state, context).render(context, status: status)
        }, save: {
            let input = ApplicationInput(title: form["title"], summary: form["summary"], objectives: form["objectives"],
                                         leadOrganizationId: form["leadOrganizationId"].nonEmpty.flatMap(Int.init))
            created = try await ApplicationEditor.create(input, call: call, by: user, on: req.db)
        })
    }

    // MARK: The application

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let context = try PageContext(request: req)
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        let isOffice = ApplicationAccess.isOffice(user, application)
        return ApplicationPage(application: application, events: try await ApplicationLoader.events(application, on: req.db),
                               assessments: isOffice ? try await AssessmentAPI.ofApplication(application, on: req.db) : [],
                               isConsortium: ApplicationAccess.isConsortium(user, application), isOffice: isOffice).render(context)
    }

    private func forConsortium(_ req: Request) async throws -> (FundingApplication, User, PageContext) {
        let user = try req.requirePageUser()
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        guard ApplicationAccess.isConsortium(user, application) else { throw Abort(.forbidden) }
        if req.method == .POST { try CSRF.verifyForm(req) }
        return (application, user, try PageContext(request: req))
    }

    func edit(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let state = FormState(values: ["title": application.title, "summary": application.summary ?? "", "objectives": application.objectives ?? "",
                                       "version": "\(application.version)"])
        return ApplicationForms.edit(application, state: state, context).render(context)
    }

    func update(req: Request) async throws -> Response {
        let (application, user, context) = try await forConsortium(req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.application(application.requireID())), values: FormState(values: form), render: { state, status in
            ApplicationForms.edit(application, state: state, context).render(context, status: status)
        }, save: {
            let input = ApplicationInput(title: form["title"], summary: form["summary"], objectives: form["objectives"], version: form["version"].flatMap(Int.init))
            try await ApplicationEditor(database: req.db, application: application).save(input, by: user)
        })
    }

    private func partnerForm(_ req: Request, _ application: FundingApplication, existing: ApplicationPartner?, state: FormState,
                             _ context: PageContext) async throws -> FormPage {
        let organizations = existing != nil ? [] : try await AtlasOptions.organizations(req.db, except: Set(application.partners.map(\.$organization.id)))
        return ApplicationForms.partner(application, existing: existing, organizations: organizations,
                                        people: try await AtlasOptions.people(req.db, of: existing?.$organization.id), state: state, context)
    }

    func newPartner(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        return try await partnerForm(req, application, existing: nil, state: FormState(values: ["role": "coApplicant"]), context).render(context)
    }

    private static func partnerInput(_ form: [String: String]) -> (PartnerInput, [String: String]) {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(form["budgetCents"], field: "budgetCents", into: &errors)
        let requested = MoneyField.parse(form["requestedCents"], field: "requestedCents", into: &errors)
        return (PartnerInput(organizationId: form["organizationId"].nonEmpty.flatMap(Int.init), role: form["role"].nonEmpty,
                             contactPersonId: form["contactPersonId"].nonEmpty.flatMap(Int.init), budgetCents: budget, requestedCents: requested), errors)
    }

    func addPartner(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.application(application.requireID())), values: FormState(values: form), render: { state, status in
            try await partnerForm(req, application, existing: nil, state: state, context).render(context, status: status)
        }, save: {
            let (input, errors) = Self.partnerInput(form)
            if !errors.isEmpty { throw Problem.validation(errors) }
            try await ApplicationEditor(database: req.db, application: application).savePartner(input, into: ApplicationPartner())
        })
    }

    private static func state(of partner: ApplicationPartner, _ language: Language) -> FormState {
        FormState(values: ["organizationId": "\(partner.$organization.id)", "role": partner.role.rawValue,
                           "contactPersonId": partner.$contactPerson.id.map(String.init) ?? "",
                           "budgetCents": MoneyField.text(partner.budgetCents, language), "requestedCents": MoneyField.text(partner.requestedCents, language)])
    }

    func editPartner(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let partner = try application.partner(req)
        return try await partnerForm(req, application, existing: partner, state: Self.state(of: partner, context.language), context).render(context)
    }

    func updatePartner(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let partner = try application.partner(req)
        let editor = ApplicationEditor(database: req.db, application: application)
        let form = try req.content.decode([String: String].self)
        let remove = form["remove"] == "1"
        return try await req.submitForm(next: context.link(.application(application.requireID())),
                                        values: remove ? Self.state(of: partner, context.language) : FormState(values: form), render: { state, status in
            try await partnerForm(req, application, existing: partner, state: state, context).render(context, status: status)
        }, save: {
            if remove { return try await editor.removePartner(partner) }
            let (input, errors) = Self.partnerInput(form)
            if !errors.isEmpty { throw Problem.validation(errors) }
            try await editor.savePartner(input, into: partner)
        })
    }

    func newWorkPackage(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let next = (application.workPackages.map(\.number).max() ?? 0) + 1
        return ApplicationForms.workPackage(application, state: FormState(values: ["number": "\(next)"]), context).render(context)
    }

    func addWorkPackage(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.application(application.requireID())), values: FormState(values: form), render: { state, status in
            ApplicationForms.workPackage(application, state: state, context).render(context, status: status)
        }, save: {
            guard let number = form["number"].nonEmpty.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw Problem.validation(["number": form["number"].nonEmpty == nil ? "field.required" : "number.invalid"])
            }
            let input = PlannedWorkPackageInput(number: number, title: form["title"], description: form["description"],
                                                responsibleId: form["responsibleId"].nonEmpty.flatMap(Int.init))
            try await ApplicationEditor(database: req.db, application: application).saveWorkPackage(input, into: ApplicationWorkPackage())
        })
    }

    func editTargets(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let values = Dictionary(application.targets.map { ($0.$indicator.id, $0.value) }) { first, _ in first }
        var state = FormState()
        for (index, indicator) in application.call.programme.sortedIndicators.enumerated() {
            state.values["targets.\(index).value"] = values[indicator.id ?? 0].map { FixedPoint.quantity.plain($0) } ?? ""
        }
        return ApplicationForms.targets(application, state: state, context).render(context)
    }

    func saveTargets(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.application(application.requireID())), values: FormState(values: form), render: { state, status in
            ApplicationForms.targets(application, state: state, context).render(context, status: status)
        }, save: {
            let count = application.call.programme.indicators.count
            let targets = (0..<count).map { TargetsInput.Target(indicatorId: Int(form["indicator\($0)"] ?? ""), value: form["targets.\($0).value"]) }
            try await ApplicationEditor(database: req.db, application: application).saveTargets(TargetsInput(targets: targets))
        })
    }

    // MARK: Steps

    private func action(_ req: Request) throws -> ApplicationAction {
        guard let segment = req.parameters.get("step"),
              let action = ApplicationAction.allCases.first(where: { $0.pathSegment == segment && $0 != .create }) else { throw Abort(.notFound) }
        return action
    }

    /// The meetings a proposal (steering group) or decision (management group) can be recorded in, newest first.
    private func meetings(_ req: Request, _ application: FundingApplication, for action: ApplicationAction, _ context: PageContext) async throws -> ApplicationForms.Options {
        guard action == .propose || action == .decide else { return [] }
        let kind: GoverningBody.Kind = action == .propose ? .steeringGroup : .managementGroup
        let bodies = try await GoverningBody.query(on: req.db).filter(\.$programme.$id == application.call.$programme.id).filter(\.$kind == kind).all()
        guard !bodies.isEmpty else { return [] }
        return try await Meeting.query(on: req.db).filter(\.$body.$id ~~ bodies.compactMap(\.id)).sort(\.$startsAt, .descending).with(\.$body).all().map {
            (value: "\($0.id ?? 0)", label: "\($0.body.name.display(context.language)) \(Formatting.dateTime($0.startsAt, context.language))")
        }
    }

    func stepForm(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let action = try action(req)
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        let context = try PageContext(request: req)
        guard ApplicationForms.needsForm(action) else { return req.redirect(to: context.link(.application(application.id ?? 0))) }
        return ApplicationForms.step(application, action: action, meetings: try await meetings(req, application, for: action, context), state: FormState(), context)
            .render(context)
    }

    func step(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let action = try action(req)
        try CSRF.verifyForm(req)
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        let context = try PageContext(request: req)
        let form = try req.content.decode([String: String].self)
        let meetings = try await meetings(req, application, for: action, context)
        let id = try application.requireID()
        return try await req.submitForm(next: context.link(.application(id)), values: FormState(values: form), render: { state, status in
            // A refused step without a form of its own (submit with parts missing, a closed call) shows what is wrong, each missing part named.
            var state = state
            if !ApplicationForms.needsForm(action), !state.errors.isEmpty { state.formError = ("application.incomplete", [:]) }
            return ApplicationForms.step(application, action: action, meetings: meetings, state: state, context).render(context, status: status)
        }, save: {
            let input = StepInput(reason: form["reason"], meetingId: form["meetingId"].nonEmpty.flatMap(Int.init), outcome: form["outcome"].nonEmpty,
                                  conditions: form["conditions"])
            try await ApplicationWorkflow(database: req.db, user: user, publicURL: req.application.solmu.publicURL).perform(action, on: id, input)
            MailDelivery.kick(req.application)
        })
    }

    // MARK: Reviewers

    private func forOffice(_ req: Request) async throws -> (FundingApplication, PageContext) {
        let user = try req.requirePageUser()
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        guard ApplicationAccess.isOffice(user, application) else { throw Abort(.forbidden) }
        if req.method == .POST { try CSRF.verifyForm(req) }
        return (application, try PageContext(request: req))
    }

    /// Users who could review: anyone not of the consortium and not already assigned.
    private func reviewers(_ req: Request, _ application: FundingApplication) async throws -> ApplicationForms.Options {
        let assigned = Set(try await Assessment.query(on: req.db).filter(\.$application.$id == application.requireID()).all().map(\.$reviewer.id))
        return try await User.query(on: req.db).with(\.$organization).sort(\.$name).all()
            .filter { !assigned.contains($0.id ?? UUID()) && !AssessmentEditor.hasConflict($0, application) }
            .map { (value: $0.id?.uuidString ?? "", label: [$0.name, $0.organization?.name].compactMap { $0 }.joined(separator: " – ")) }
    }

    func assignForm(req: Request) async throws -> Response {
        let (application, context) = try await forOffice(req)
        return ApplicationForms.assign(application, reviewers: try await reviewers(req, application), state: FormState(), context).render(context)
    }

    func assign(req: Request) async throws -> Response {
        let (application, context) = try await forOffice(req)
        let form = try req.content.decode([String: String].self)
        let reviewers = try await reviewers(req, application)
        return try await req.submitForm(next: context.link(.application(application.requireID())), values: FormState(values: form), render: { state, status in
            ApplicationForms.assign(application, reviewers: reviewers, state: state, context).render(context, status: status)
        }, save: {
            _ = try await AssessmentEditor(database: req.db).assign(AssignmentInput(reviewerId: form["reviewerId"]), to: application)
        })
    }

    func mine(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let context = try PageContext(request: req)
        return MyApplicationsPage(applications: try await ApplicationAPI.mine(of: user, on: req.db)).render(context)
    }
}
