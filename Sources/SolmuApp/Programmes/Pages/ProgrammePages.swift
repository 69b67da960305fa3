import Fluent
import Vapor

/// The public programme pages and portfolio, and the forms coordinators keep a programme with.
struct ProgrammePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.programmes, use: list)
        routes.get(.programme(0), use: show)
        routes.get(.portfolio(0), use: portfolio)
        signedIn.get(.newProgramme, use: new)
        signedIn.post(.newProgramme, use: create)
        signedIn.get(.editProgramme(0), use: edit)
        signedIn.post(.editProgramme(0), use: update)
        signedIn.get(.newIndicator(0), use: newIndicator)
        signedIn.post(.newIndicator(0), use: addIndicator)
        signedIn.get(.newInstrument(0), use: newInstrument)
        signedIn.post(.newInstrument(0), use: addInstrument)
        signedIn.get(.editIndicator(0, 0), use: editIndicator)
        signedIn.post(.editIndicator(0, 0), use: updateIndicator)
        signedIn.get(.editInstrument(0, 0), use: editInstrument)
        signedIn.post(.editInstrument(0, 0), use: updateInstrument)
        signedIn.get(.newFigure(0), use: newFigure)
        signedIn.post(.newFigure(0), use: addFigure)
    }

    func list(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await ProgrammesPage.load(viewer: context.user, on: req.db).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await ProgrammePage.load(id: req.intParameter(), viewer: context.user, language: context.language, on: req.db).render(context)
    }

    func portfolio(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let programme = try await ProgrammeLoader.require(req.intParameter(), on: req.db)
        let search = try ProjectSearch(req)
        let paging = try Paging(req, defaultLimit: 50)
        return try await PortfolioPage.load(programme: programme, search: search, paging: paging, language: context.language, on: req.db)
            .render(context)
    }

    /// The programme for its coordinator's forms, or a redirect to sign in / 403; a post must carry the form's CSRF token.
    private func editable(_ req: Request) async throws -> (Programme, PageContext) {
        let user = try req.user
        let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return (programme, try PageContext(request: req))
    }

    // MARK: The programme itself

    private func formPage(_ req: Request, programme: Programme?, state: FormState) async throws -> FormPage {
        let context = try PageContext(request: req)
        let options = try await ProgrammeLoader.formOptions(context.language, on: req.db)
        return ProgrammeForms.programme(id: programme?.id, name: programme?.name, state: state, themes: options.themes, cities: options.cities, context)
    }

    func new(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        return try await formPage(req, programme: nil, state: FormState()).render(try PageContext(request: req))
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        return try await save(req, programme: Programme(), existing: nil, coordinatorID: user.$organization.id)
    }

    func edit(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        return try await formPage(req, programme: programme, state: ProgrammeForm.values(of: programme, context.language).state).render(context)
    }

    func update(req: Request) async throws -> Response {
        let (programme, _) = try await editable(req)
        return try await save(req, programme: programme, existing: programme, coordinatorID: programme.$coordinator.id)
    }

    private func save(_ req: Request, programme: Programme, existing: Programme?, coordinatorID: Int?) async throws -> Response {
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<ProgrammeForm>.self)
        let (input, formErrors) = ProgrammeForm.input(posted, coordinatorId: coordinatorID)
        return try await req.submitForm(next: context.link(.programme(programme.id ?? 0)), values: posted.state, render: { state, status in
            try await formPage(req, programme: existing, state: state).render(context, status: status)
        }, save: {
            try await ProgrammeEditor(database: req.db).save(input, into: programme, formErrors: formErrors)
        })
    }

    // MARK: Catalogue

    func newIndicator(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        return ProgrammeForms.indicator(programme, state: FormState(), context).render(context)
    }

    func addIndicator(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<IndicatorForm>.self)
        return try await req.submitForm(next: context.link(.programme(programme.requireID())), values: posted.state, render: { state, status in
            ProgrammeForms.indicator(programme, state: state, context).render(context, status: status)
        }, save: {
            try await CatalogueEditor(database: req.db, programmeID: programme.requireID())
                .saveIndicator(IndicatorForm.input(posted), into: Indicator())
        })
    }

    func newInstrument(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        return ProgrammeForms.instrument(programme, state: FormState(), organizations: try await ProgrammeLoader.administratorOptions(on: req.db), context)
            .render(context)
    }

    func addInstrument(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<InstrumentForm>.self)
        let organizations = try await ProgrammeLoader.administratorOptions(on: req.db)
        return try await req.submitForm(next: context.link(.programme(programme.requireID())), values: posted.state, render: { state, status in
            ProgrammeForms.instrument(programme, state: state, organizations: organizations, context).render(context, status: status)
        }, save: {
            try await CatalogueEditor(database: req.db, programmeID: programme.requireID()).saveInstrument(InstrumentForm.input(posted), into: FundingInstrument())
        })
    }

    func editIndicator(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        let indicator = try programme.indicator(req)
        return ProgrammeForms.indicator(programme, existing: indicator, state: IndicatorForm.values(of: indicator).state, context).render(context)
    }

    /// Saves the indicator, or removes it with the form's "remove" button (refused while projects have targets or reports for it).
    func updateIndicator(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        let indicator = try programme.indicator(req)
        let posted = try req.content.decode(FormValues<IndicatorForm>.self)
        let remove = (try? req.content.get(String.self, at: "remove")) == "1"
        let editor = CatalogueEditor(database: req.db, programmeID: try programme.requireID())
        return try await req.submitForm(next: context.link(.programme(programme.requireID())), values: posted.state, render: { state, status in
            ProgrammeForms.indicator(programme, existing: indicator, state: remove ? Self.state(of: indicator, with: state) : state, context).render(context, status: status)
        }, save: {
            if remove { return try await editor.deleteIndicator(indicator) }
            try await editor.saveIndicator(IndicatorForm.input(posted), into: indicator)
        })
    }

    /// When a removal is refused, the form shows the indicator as it is, with the reason at the top.
    private static func state(of indicator: Indicator, with refused: FormState) -> FormState {
        var state = IndicatorForm.values(of: indicator).state
        state.formError = refused.formError
        return state
    }

    func editInstrument(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        let instrument = try programme.instrument(req)
        return ProgrammeForms.instrument(programme, existing: instrument, state: InstrumentForm.values(of: instrument, context.language).state,
                                         organizations: try await ProgrammeLoader.administratorOptions(on: req.db), context).render(context)
    }

    func updateInstrument(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        let instrument = try programme.instrument(req)
        let posted = try req.content.decode(FormValues<InstrumentForm>.self)
        let remove = (try? req.content.get(String.self, at: "remove")) == "1"
        let organizations = try await ProgrammeLoader.administratorOptions(on: req.db)
        let editor = CatalogueEditor(database: req.db, programmeID: try programme.requireID())
        return try await req.submitForm(next: context.link(.programme(programme.requireID())), values: posted.state, render: { state, status in
            ProgrammeForms.instrument(programme, existing: instrument, state: state, organizations: organizations, context).render(context, status: status)
        }, save: {
            if remove { return try await editor.deleteInstrument(instrument) }
            try await editor.saveInstrument(InstrumentForm.input(posted), into: instrument)
        })
    }

    func newFigure(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        return ProgrammeForms.figure(programme, state: FormState(), context).render(context)
    }

    func addFigure(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<FigureForm>.self)
        return try await req.submitForm(next: context.link(.programme(programme.requireID())), values: posted.state, render: { state, status in
            ProgrammeForms.figure(programme, state: state, context).render(context, status: status)
        }, save: {
            try await CatalogueEditor(database: req.db, programmeID: programme.requireID()).saveFigure(FigureForm.input(posted), into: ProgrammeFigure())
        })
    }
}
