import Fluent
import Vapor

/// The pages an application lives in: applying to a call, the application itself, the consortium's forms, the steps
/// of the office and the bodies, assigning reviewers, and "my applications".
struct ApplicationPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        signedIn.get(.apply(0), use: newApplication)
        signedIn.post(.apply(0), use: createApplication)
        signedIn.get(.application(0), use: show)
        signedIn.form(.editApplication(0), editApplication)
        signedIn.form(.newPartner(0), newPartner)
        signedIn.get(.editPartner(0, 0), use: editPartner)
        signedIn.post(.editPartner(0, 0), use: updatePartner)
        signedIn.form(.newPlannedWorkPackage(0), newWorkPackage)
        signedIn.get(.applicationTargets(0), use: editTargets)
        signedIn.post(.applicationTargets(0), use: saveTargets)
        signedIn.get(.applicationStep(0, ""), use: stepForm)
        signedIn.post(.applicationStep(0, ""), use: step)
        signedIn.form(.assignReviewer(0), assignReviewer)
        signedIn.get(.myApplications, use: mine)
    }

    // MARK: Applying

    private func openCall(_ req: Request) async throws -> (Call, User, PageContext) {
        let user = try req.user
        let call = try await CallLoader.require(req.intParameter(), for: user, on: req.db)
        return (call, user, try PageContext(request: req))
    }

    func newApplication(req: Request) async throws -> Response {
        let (call, user, context) = try await openCall(req)
        let state = FormValues<ApplicationForm>([.leadOrganizationId: user.$organization.id.map(String.init)]).state
        return ApplicationForms.apply(call, organizations: try await ApplicationLoader.leadChoices(for: user, on: req.db), state: state, context)
            .render(context)
    }

    func createApplication(req: Request) async throws -> Response {
        let (call, user, context) = try await openCall(req)
        let posted = try req.content.decode(FormValues<ApplicationForm>.self)
        let organizations = try await ApplicationLoader.leadChoices(for: user, on: req.db)
        var created: FundingApplication?
        return try await req.submitForm(
            next: context.link(.application(created?.id ?? 0)), values: posted.state,
            render: { state, status in
                ApplicationForms.apply(call, organizations: organizations, state: state, context).render(context, status: status)
            },
            save: {
                created = try await ApplicationEditor.create(ApplicationForm.input(posted), call: call, by: user, on: req.db)
            })
    }

    // MARK: The application

    func show(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        return try await ApplicationPage.load(application, viewer: user, on: req.db).render(context)
    }

    private func forConsortium(_ req: Request) async throws -> (FundingApplication, User, PageContext) {
        let user = try req.user
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        guard ApplicationAccess.isConsortium(user, application) else { throw Abort(.forbidden) }
        return (application, user, try PageContext(request: req))
    }

    /// The application's own text (title, summary, objectives), for its consortium.
    var editApplication: FormRoute<ApplicationForm, (application: FundingApplication, user: User)> {
        FormRoute(
            subject: { req in
                let (application, user, _) = try await forConsortium(req); return (application, user)
            },
            initial: { ApplicationForm.values(of: $0.application) },
            page: { _, s, state, context in ApplicationForms.edit(s.application, state: state, context) },
            next: { s, context in context.link(.application(try s.application.requireID())) },
            save: { req, s, posted in
                try await ApplicationEditor(database: req.db, application: s.application).save(ApplicationForm.input(posted.values), by: s.user)
            })
    }

    private func partnerForm(
        _ req: Request, _ application: FundingApplication, existing: ApplicationPartner?, state: FormState,
        _ context: PageContext
    ) async throws -> FormPage {
        let organizations =
            existing != nil ? [] : try await AtlasOptions.organizations(req.db, except: Set(application.partners.map(\.$organization.id)))
        return ApplicationForms.partner(
            application, existing: existing, organizations: organizations,
            people: try await AtlasOptions.people(req.db, of: existing?.$organization.id), state: state, context)
    }

    var newPartner: FormRoute<ApplicationPartnerForm, FundingApplication> {
        FormRoute(
            subject: { try await forConsortium($0).0 },
            initial: { _ in FormValues<ApplicationPartnerForm>([.role: ApplicationPartner.Role.coApplicant.rawValue]) },
            page: { req, application, state, context in try await partnerForm(req, application, existing: nil, state: state, context) },
            next: { application, context in context.link(.application(try application.requireID())) },
            save: { req, application, posted in
                let (input, errors) = ApplicationPartnerForm.input(posted.values)
                if !errors.isEmpty { throw Problem.validation(errors) }
                try await ApplicationEditor(database: req.db, application: application).savePartner(input, into: ApplicationPartner())
            })
    }

    func editPartner(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let partner = try application.partner(req)
        let state = ApplicationPartnerForm.values(of: partner, context.language).state
        return try await partnerForm(req, application, existing: partner, state: state, context).render(context)
    }

    func updatePartner(req: Request) async throws -> Response {
        let (application, _, context) = try await forConsortium(req)
        let partner = try application.partner(req)
        let editor = ApplicationEditor(database: req.db, application: application)
        let posted = try req.content.decode(FormValues<ApplicationPartnerForm>.self)
        let remove = (try? req.content.get(String.self, at: "remove")) == "1"
        let values = remove ? ApplicationPartnerForm.values(of: partner, context.language).state : posted.state
        return try await req.submitForm(
            next: context.link(.application(application.requireID())), values: values,
            render: { state, status in
                try await partnerForm(req, application, existing: partner, state: state, context).render(context, status: status)
            },
            save: {
                if remove { return try await editor.removePartner(partner) }
                let (input, errors) = ApplicationPartnerForm.input(posted)
                if !errors.isEmpty { throw Problem.validation(errors) }
                try await editor.savePartner(input, into: partner)
            })
    }

    /// A planned work package, numbered next.
    var newWorkPackage: FormRoute<ApplicationWorkPackageForm, FundingApplication> {
        FormRoute(
            subject: { try await forConsortium($0).0 },
            initial: { application in
                let next = (application.workPackages.map(\.number).max() ?? 0) + 1
                return FormValues<ApplicationWorkPackageForm>([.number: "\(next)"])
            },
            page: { _, application, state, context in ApplicationForms.workPackage(application, state: state, context) },
            next: { application, context in context.link(.application(try application.requireID())) },
            save: { req, application, posted in
                let input = try ApplicationWorkPackageForm.input(posted.values)
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
        return try await req.submitForm(
            next: context.link(.application(application.requireID())), values: FormState(values: form),
            render: { state, status in
                ApplicationForms.targets(application, state: state, context).render(context, status: status)
            },
            save: {
                let count = application.call.programme.indicators.count
                let targets = (0..<count).map {
                    TargetsInput.Target(indicatorId: Int(form["indicator\($0)"] ?? ""), value: form["targets.\($0).value"])
                }
                try await ApplicationEditor(database: req.db, application: application).saveTargets(TargetsInput(targets: targets))
            })
    }

    // MARK: Steps

    private func action(_ req: Request) throws -> ApplicationAction {
        guard let segment = req.parameters.get("step"),
            let action = ApplicationAction.allCases.first(where: { $0.pathSegment == segment && $0 != .create })
        else { throw Abort(.notFound) }
        return action
    }

    func stepForm(req: Request) async throws -> Response {
        let user = try req.user
        let action = try action(req)
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        let context = try PageContext(request: req)
        guard ApplicationForms.needsForm(action) else { return req.redirect(to: context.link(.application(application.id ?? 0))) }
        let meetings = try await ApplicationLoader.meetingChoices(for: application, action: action, language: context.language, on: req.db)
        return ApplicationForms.step(application, action: action, meetings: meetings, state: FormState(), context).render(context)
    }

    func step(req: Request) async throws -> Response {
        let user = try req.user
        let action = try action(req)
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<ApplicationStepForm>.self)
        let meetings = try await ApplicationLoader.meetingChoices(for: application, action: action, language: context.language, on: req.db)
        let id = try application.requireID()
        return try await req.submitForm(
            next: context.link(.application(id)), values: posted.state,
            render: { state, status in
                // A refused step without a form of its own (submit with parts missing, a closed call) shows what is wrong, each missing part named.
                var state = state
                if !ApplicationForms.needsForm(action), !state.errors.isEmpty { state.formError = ("application.incomplete", [:]) }
                return ApplicationForms.step(application, action: action, meetings: meetings, state: state, context).render(context, status: status)
            },
            save: {
                try await ApplicationWorkflow(database: req.db, user: user, publicURL: req.settings.publicURL)
                    .perform(action, on: id, ApplicationStepForm.input(posted))
            })
    }

    // MARK: Reviewers

    private func forOffice(_ req: Request) async throws -> (FundingApplication, PageContext) {
        let user = try req.user
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        guard ApplicationAccess.isOffice(user, application) else { throw Abort(.forbidden) }
        return (application, try PageContext(request: req))
    }

    /// The office assigns a reviewer to the application.
    var assignReviewer: FormRoute<ReviewerAssignmentForm, FundingApplication> {
        FormRoute(
            subject: { try await forOffice($0).0 },
            page: { req, application, state, context in
                ApplicationForms.assign(
                    application, reviewers: try await ReviewLoader.candidateReviewers(for: application, on: req.db), state: state, context)
            },
            next: { application, context in context.link(.application(try application.requireID())) },
            save: { req, application, posted in
                _ = try await ReviewEditor(database: req.db).assign(ReviewerAssignmentForm.input(posted.values), to: application)
            })
    }

    func mine(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        return try await MyApplicationsPage.load(user: user, on: req.db).render(context)
    }
}
