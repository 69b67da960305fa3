import Fluent
import Vapor

/// Calls' pages: the public list and page, the office's call and criterion forms, the pipeline and the ranking.
struct CallPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.calls, use: list)
        routes.get(.call(0), use: show)
        signedIn.form(.newCall(0), newCall)
        signedIn.get(.editCall(0), use: edit)
        signedIn.post(.editCall(0), use: update)
        signedIn.form(.newCriterion(0), newCriterion)
        signedIn.post(.responsibilityCriteria(0), use: addResponsibilityCriteria)
        signedIn.get(.editCriterion(0, 0), use: editCriterion)
        signedIn.post(.editCriterion(0, 0), use: updateCriterion)
        signedIn.get(.callApplications(0), use: pipeline)
        signedIn.get(.ranking(0), use: ranking)
    }

    func list(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await CallsPage.load(viewer: context.user, now: req.now, on: req.db).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await CallPage.load(req.intParameter(), viewer: context.user, now: req.now, on: req.db).render(context)
    }

    // MARK: The office's forms

    private func themes(_ req: Request, _ context: PageContext) async throws -> [(value: String, label: String)] {
        try await AtlasOptions.load(req.db, context.language).competences
    }

    /// A new call: opens with the programme's next number; saves into `call`, whose new id `next` reads.
    var newCall: FormRoute<CallForm, (programme: Programme, number: Int, call: Call)> {
        FormRoute(
            subject: { req in
                let user = try req.user
                let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: user, on: req.db)
                let number = try await CallLoader.nextNumber(inProgramme: programme.requireID(), on: req.db)
                return (programme, number, Call())
            },
            initial: { FormValues<CallForm>([.number: "\($0.number)"]) },
            page: { req, s, state, context in
                CallForms.call(programme: s.programme, call: nil, state: state, themes: try await themes(req, context), context)
            },
            next: { s, context in context.link(.call(s.call.id ?? 0)) },
            save: { req, s, posted in
                let (input, formErrors) = CallForm.input(posted.values, programmeId: try s.programme.requireID())
                try await CallEditor(database: req.db).save(input, into: s.call, programme: s.programme, formErrors: formErrors)
            })
    }

    private func editable(_ req: Request) async throws -> (Call, PageContext) {
        let user = try req.user
        let call = try await CallAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return (call, try PageContext(request: req))
    }

    func edit(req: Request) async throws -> Response {
        let (call, context) = try await editable(req)
        let programme = try await ProgrammeLoader.require(call.$programme.id, on: req.db)
        return CallForms.call(
            programme: programme, call: call, state: CallForm.values(of: call, context.language).state, themes: try await themes(req, context),
            context
        )
        .render(context)
    }

    func update(req: Request) async throws -> Response {
        let (call, context) = try await editable(req)
        let programme = try await ProgrammeLoader.require(call.$programme.id, on: req.db)
        if (try? req.content.get(String.self, at: "remove")) == "1" {
            return try await req.submitForm(
                next: context.link(.programme(programme.requireID())), values: CallForm.values(of: call, context.language).state,
                render: { state, status in
                    CallForms.call(programme: programme, call: call, state: state, themes: try await themes(req, context), context).render(
                        context, status: status)
                }, save: { try await CallEditor(database: req.db).delete(call) })
        }
        let posted = try req.content.decode(FormValues<CallForm>.self)
        let (input, formErrors) = CallForm.input(posted, programmeId: try programme.requireID())
        return try await req.submitForm(
            next: context.link(.call(call.id ?? 0)), values: posted.state,
            render: { state, status in
                CallForms.call(programme: programme, call: call, state: state, themes: try await themes(req, context), context).render(
                    context, status: status)
            },
            save: {
                try await CallEditor(database: req.db).save(input, into: call, programme: programme, formErrors: formErrors)
            })
    }

    var newCriterion: FormRoute<CriterionForm, Call> {
        FormRoute(
            subject: { try await editable($0).0 },
            initial: { _ in FormValues<CriterionForm>([.weight: "1", .scaleMin: "0", .scaleMax: "5"]) },
            page: { _, call, state, context in CallForms.criterion(call, criterion: nil, state: state, context) },
            next: { call, context in context.link(.call(try call.requireID())) },
            save: { req, call, posted in
                let (input, formErrors) = CriterionForm.input(posted.values)
                if !formErrors.isEmpty { throw Problem.validation(formErrors) }
                try await CallEditor(database: req.db).saveCriterion(input, call: call, into: CallCriterion())
            })
    }

    func addResponsibilityCriteria(req: Request) async throws -> Response {
        let (call, context) = try await editable(req)
        try await CallEditor(database: req.db).addResponsibilityCriteria(to: call)
        return req.redirect(to: context.link(.call(try call.requireID())), after: .saved)
    }

    private func criterion(_ req: Request, _ call: Call) throws -> CallCriterion {
        guard let id = req.parameters.get("criterionId").flatMap(Int.init), let found = call.criteria.first(where: { $0.id == id }) else {
            throw Abort(.notFound)
        }
        return found
    }

    func editCriterion(req: Request) async throws -> Response {
        let (call, context) = try await editable(req)
        let criterion = try criterion(req, call)
        return CallForms.criterion(call, criterion: criterion, state: CriterionForm.values(of: criterion).state, context).render(context)
    }

    func updateCriterion(req: Request) async throws -> Response {
        let (call, context) = try await editable(req)
        let criterion = try criterion(req, call)
        let editor = CallEditor(database: req.db)
        if (try? req.content.get(String.self, at: "remove")) == "1" {
            return try await req.submitForm(
                next: context.link(.call(call.requireID())), values: CriterionForm.values(of: criterion).state,
                render: { state, status in
                    CallForms.criterion(call, criterion: criterion, state: state, context).render(context, status: status)
                }, save: { try await editor.deleteCriterion(criterion, call: call) })
        }
        let posted = try req.content.decode(FormValues<CriterionForm>.self)
        let (input, formErrors) = CriterionForm.input(posted)
        return try await req.submitForm(
            next: context.link(.call(call.requireID())), values: posted.state,
            render: { state, status in
                CallForms.criterion(call, criterion: criterion, state: state, context).render(context, status: status)
            },
            save: {
                if !formErrors.isEmpty { throw Problem.validation(formErrors) }
                try await editor.saveCriterion(input, call: call, into: criterion)
            })
    }

    // MARK: For the office and the bodies

    private func insider(_ req: Request) async throws -> (Call, PageContext, isOffice: Bool) {
        let user = try req.user
        let call = try await CallLoader.require(req.intParameter(), for: user, on: req.db)
        let isOffice = CallAccess.canEdit(user, call)
        let isMember = try await ApplicationAccess.isBodyMember(user, programme: call.$programme.id, on: req.db)
        guard isOffice || isMember else { throw Abort(.forbidden) }
        return (call, try PageContext(request: req), isOffice)
    }

    /// The pipeline, a page of 50 at a time; `?state=` narrows the list (the counts always cover the whole call).
    func pipeline(req: Request) async throws -> Response {
        let (call, context, isOffice) = try await insider(req)
        let paging = try Paging(req, defaultLimit: 50)
        let requested = req.query[String.self, at: "state"].flatMap(ApplicationState.init(rawValue:))
        return try await PipelinePage.load(call: call, isOffice: isOffice, requested: requested, paging: paging, on: req.db).render(context)
    }

    func ranking(req: Request) async throws -> Response {
        let (call, context, _) = try await insider(req)
        return try await RankingPage.load(call: call, on: req.db).render(context)
    }
}
