import Fluent
import Vapor

/// The public programme pages and portfolio, and the forms coordinators keep a programme with.
struct ProgrammePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.programmes, use: list)
        routes.get(.programme(0), use: show)
        routes.get(.portfolio(0), use: portfolio)
        signedIn.form(.newProgramme, newProgramme)
        signedIn.form(.editProgramme(0), editProgramme)
        signedIn.form(.newIndicator(0), newIndicator)
        signedIn.form(.newInstrument(0), newInstrument)
        signedIn.get(.editIndicator(0, 0), use: editIndicator)
        signedIn.post(.editIndicator(0, 0), use: updateIndicator)
        signedIn.form(.editInstrument(0, 0), editInstrument)
        signedIn.form(.newFigure(0), newFigure)
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

    private func programmeForm(_ req: Request, programme: Programme?, state: FormState, _ context: PageContext) async throws -> FormPage {
        let options = try await ProgrammeLoader.formOptions(context.language, on: req.db)
        return ProgrammeForms.programme(
            id: programme?.id, name: programme?.name, state: state, themes: options.themes, cities: options.cities, context)
    }

    /// A new programme, coordinated by the organisation of whoever starts it.
    var newProgramme: FormRoute<ProgrammeForm, (programme: Programme, coordinatorID: Int?)> {
        FormRoute(
            subject: { req in
                let user = try req.user
                guard user.mayStartForOrganization else { throw Abort(.forbidden) }
                return (Programme(), user.$organization.id)
            },
            page: { req, _, state, context in try await programmeForm(req, programme: nil, state: state, context) },
            next: { s, context in context.link(.programme(s.programme.id ?? 0)) },
            save: { req, s, posted in
                let (input, formErrors) = ProgrammeForm.input(posted.values, coordinatorId: s.coordinatorID)
                try await ProgrammeEditor(database: req.db).save(input, into: s.programme, formErrors: formErrors)
            })
    }

    /// The programme's own details; its budget is shown as the page's language writes it.
    var editProgramme: FormRoute<ProgrammeForm, (programme: Programme, language: Language)> {
        FormRoute(
            subject: { req in
                let (programme, context) = try await editable(req); return (programme, context.language)
            },
            initial: { ProgrammeForm.values(of: $0.programme, $0.language) },
            page: { req, s, state, context in try await programmeForm(req, programme: s.programme, state: state, context) },
            next: { s, context in context.link(.programme(s.programme.id ?? 0)) },
            save: { req, s, posted in
                let (input, formErrors) = ProgrammeForm.input(posted.values, coordinatorId: s.programme.$coordinator.id)
                try await ProgrammeEditor(database: req.db).save(input, into: s.programme, formErrors: formErrors)
            })
    }

    // MARK: Catalogue

    var newIndicator: FormRoute<IndicatorForm, Programme> {
        FormRoute(
            subject: { try await editable($0).0 },
            page: { _, programme, state, context in ProgrammeForms.indicator(programme, state: state, context) },
            next: { programme, context in context.link(.programme(try programme.requireID())) },
            save: { req, programme, posted in
                try await CatalogueEditor(database: req.db, programmeID: programme.requireID())
                    .saveIndicator(IndicatorForm.input(posted.values), into: Indicator())
            })
    }

    /// A funding instrument; its administrator is chosen from the organisations.
    var newInstrument: FormRoute<InstrumentForm, Programme> {
        FormRoute(
            subject: { try await editable($0).0 },
            page: { req, programme, state, context in
                ProgrammeForms.instrument(programme, state: state, organizations: try await ProgrammeLoader.administratorOptions(on: req.db), context)
            },
            next: { programme, context in context.link(.programme(try programme.requireID())) },
            save: { req, programme, posted in
                try await CatalogueEditor(database: req.db, programmeID: programme.requireID())
                    .saveInstrument(InstrumentForm.input(posted.values), into: FundingInstrument())
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
        return try await req.submitForm(
            next: context.link(.programme(programme.requireID())), values: posted.state,
            render: { state, status in
                ProgrammeForms.indicator(programme, existing: indicator, state: remove ? Self.state(of: indicator, with: state) : state, context)
                    .render(context, status: status)
            },
            save: {
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

    /// A funding instrument's details — or its removal with the form's "remove" button (refused while projects are funded from it).
    var editInstrument: FormRoute<InstrumentForm, (programme: Programme, instrument: FundingInstrument, language: Language)> {
        FormRoute(
            subject: { req in
                let (programme, context) = try await editable(req)
                return (programme, try programme.instrument(req), context.language)
            },
            initial: { InstrumentForm.values(of: $0.instrument, $0.language) },
            page: { req, s, state, context in
                ProgrammeForms.instrument(
                    s.programme, existing: s.instrument, state: state,
                    organizations: try await ProgrammeLoader.administratorOptions(on: req.db), context)
            },
            next: { s, context in context.link(.programme(try s.programme.requireID())) },
            save: { req, s, posted in
                let editor = CatalogueEditor(database: req.db, programmeID: try s.programme.requireID())
                if posted.removing { return try await editor.deleteInstrument(s.instrument) }
                try await editor.saveInstrument(InstrumentForm.input(posted.values), into: s.instrument)
            })
    }

    /// A figure the programme states as a whole, optionally answering one of its indicators.
    var newFigure: FormRoute<FigureForm, Programme> {
        FormRoute(
            subject: { try await editable($0).0 },
            page: { _, programme, state, context in ProgrammeForms.figure(programme, state: state, context) },
            next: { programme, context in context.link(.programme(try programme.requireID())) },
            save: { req, programme, posted in
                try await CatalogueEditor(database: req.db, programmeID: programme.requireID())
                    .saveFigure(FigureForm.input(posted.values), into: ProgrammeFigure())
            })
    }
}
