import Fluent
import SQLKit
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
        let programmes = try await ProgrammeLoader.all(req.db)
        // Every programme's number of projects in one grouped query.
        struct Count: Decodable { var programme_id: Int; var projects: Int }
        let counts = try await req.db.sql.raw("""
            SELECT programme_id, COUNT(*) AS projects FROM projects WHERE programme_id IS NOT NULL GROUP BY programme_id
            """).all(decoding: Count.self).reduce(into: [Int: Int]()) { $0[$1.programme_id] = $1.projects }
        return ProgrammesPage(programmes: programmes, projectCounts: counts, canCreate: context.user.map(\.mayStartForOrganization) ?? false).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let programme = try await ProgrammeLoader.require(req.intParameter(), on: req.db)
        let id = try programme.requireID()
        let dashboard = try await ProgrammeDashboard.load(programmeID: id, on: req.db)
        let spearheads = try await Project.query(on: req.db).filter(\.$programme.$id == id).filter(\.$spearhead == true).sort(\.$nameFi).all()
        let codes = Array(dashboard.implementersByMunicipality.keys)
        let municipalities = codes.isEmpty ? [] : try await Municipality.query(on: req.db).filter(\.$id ~~ codes).all()
        let bodies = try await GoverningBody.query(on: req.db).filter(\.$programme.$id == id).with(\.$members).sort(\.$id).all()
        let calls = try await CallLoader.visible(to: context.user, programme: id, on: req.db)
        return ProgrammePage(programme: programme, dashboard: dashboard, spearheads: spearheads, bodies: bodies, calls: calls,
                             municipalities: Dictionary(uniqueKeysWithValues: municipalities.map { ($0.id ?? "", $0) }),
                             canEdit: context.user.map { ProgrammeAccess.canEdit($0, programme) } ?? false,
                             canCreateProject: context.user.map(\.mayStartForOrganization) ?? false).render(context)
    }

    func portfolio(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let programme = try await ProgrammeLoader.require(req.intParameter(), on: req.db)
        var search = try ProjectSearch(req)
        search.programme = try programme.requireID()
        let paging = try Paging(req, defaultLimit: 50)
        let total = try await search.count(on: req.db)
        let projects = try await search.page(limit: paging.limit, offset: paging.offset, on: req.db)
        // The cities and implementers to filter by: those that take part in this programme's projects (grouped in SQL:
        // a large programme has thousands of implementer rows but a few hundred organisations).
        struct Taking: Decodable { var id: Int; var name: String; var municipality_code: String? }
        let taking = try await req.db.sql.raw("""
            SELECT DISTINCT o.id, o.name, o.sort_name, o.municipality_code FROM organizations o
            JOIN project_implementers pi ON pi.organization_id = o.id JOIN projects p ON p.id = pi.project_id
            WHERE p.programme_id = \(bind: programme.requireID()) ORDER BY o.sort_name
            """).all(decoding: Taking.self)
        let cities = Array(Set(taking.compactMap(\.municipality_code)))
        let cityOptions = try await cities.isEmpty ? [] : Municipality.query(on: req.db).filter(\.$id ~~ cities).all()
            .map { (value: $0.id ?? "", label: $0.name(context.language)) }.sorted { $0.label.finnishOrder < $1.label.finnishOrder }
        let implementerOptions = taking.map { (value: "\($0.id)", label: $0.name) }
        return PortfolioPage(programme: programme, search: search, projects: projects, total: total, paging: paging,
                             cities: cityOptions, implementers: implementerOptions).render(context)
    }

    /// The programme for its coordinator's forms, or a redirect to sign in / 403; a post must carry the form's CSRF token.
    private func editable(_ req: Request) async throws -> (Programme, PageContext) {
        let user = try req.user
        let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return (programme, try PageContext(request: req))
    }

    // MARK: The programme itself

    private func cityOptions(_ req: Request) async throws -> FormFields.Options {
        try await Organization.query(on: req.db).filter(\.$type == .municipality).sort(\.$sortName).all().map { (value: "\($0.id ?? 0)", label: $0.name) }
    }

    private func formPage(_ req: Request, programme: Programme?, state: FormState) async throws -> FormPage {
        let context = try PageContext(request: req)
        return ProgrammeForms.programme(id: programme?.id, name: programme?.name, state: state,
                                        options: try await AtlasOptions.load(req.db, context.language), cities: try await cityOptions(req), context)
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
        return ProgrammeForms.instrument(programme, state: FormState(), organizations: try await AtlasOptions.organizations(req.db), context).render(context)
    }

    func addInstrument(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<InstrumentForm>.self)
        let organizations = try await AtlasOptions.organizations(req.db)
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
                                         organizations: try await AtlasOptions.organizations(req.db), context).render(context)
    }

    func updateInstrument(req: Request) async throws -> Response {
        let (programme, context) = try await editable(req)
        let instrument = try programme.instrument(req)
        let posted = try req.content.decode(FormValues<InstrumentForm>.self)
        let remove = (try? req.content.get(String.self, at: "remove")) == "1"
        let organizations = try await AtlasOptions.organizations(req.db)
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
