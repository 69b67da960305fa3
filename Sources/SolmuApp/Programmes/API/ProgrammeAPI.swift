import Fluent
import Vapor

/// `/api/v1/programmes`: the programme, its funding instruments, indicator catalogue, stated figures and dashboard.
struct ProgrammeAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let programmes = routes.grouped("programmes")
        programmes.get(use: list)
        programmes.post(use: create).accepts(ProgrammeInput.self)
        programmes.get(":id", use: show)
        programmes.patch(":id", use: update).accepts(ProgrammeInput.self)
        programmes.delete(":id", use: delete)
        programmes.get(":id", "dashboard", use: dashboard)
        programmes.get(":id", "instruments", use: instruments)
        programmes.post(":id", "instruments", use: addInstrument).accepts(InstrumentInput.self)
        programmes.patch(":id", "instruments", ":instrumentId", use: updateInstrument).accepts(InstrumentInput.self)
        programmes.delete(":id", "instruments", ":instrumentId", use: removeInstrument)
        programmes.get(":id", "indicators", use: indicators)
        programmes.post(":id", "indicators", use: addIndicator).accepts(IndicatorInput.self)
        programmes.patch(":id", "indicators", ":indicatorId", use: updateIndicator).accepts(IndicatorInput.self)
        programmes.delete(":id", "indicators", ":indicatorId", use: removeIndicator)
        programmes.get(":id", "figures", use: figures)
        programmes.post(":id", "figures", use: addFigure).accepts(FigureInput.self)
        programmes.delete(":id", "figures", ":figureId", use: removeFigure)
    }

    func list(req: Request) async throws -> Response {
        let programmes = try await ProgrammeLoader.all(req.db)
        return try await req.wholeList(
            programmes, csv: "solmu-programmes.csv", header: Programme.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func show(req: Request) async throws -> ProgrammeDTO {
        try await ProgrammeLoader.require(req.intParameter(), on: req.db).toDTO()
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        var input = try req.decodeJSON(ProgrammeInput.self)
        // A coordinator starts a programme for their own organisation; an admin may name any.
        if !user.isAdmin || input.coordinatorId == nil { input.coordinatorId = user.$organization.id ?? input.coordinatorId }
        let programme = Programme()
        try await ProgrammeEditor(database: req.db).save(input, into: programme)
        let saved = try await ProgrammeLoader.require(programme.requireID(), on: req.db)
        return try await req.created(saved.toDTO(), at: "/api/v1/programmes/\(try saved.requireID())")
    }

    func update(req: Request) async throws -> ProgrammeDTO {
        let user = try req.user
        let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        var input = try MergePatch.apply(req, to: programme.input)
        if !user.isAdmin { input.coordinatorId = programme.$coordinator.id }
        try await ProgrammeEditor(database: req.db).save(input, into: programme)
        return try await ProgrammeLoader.require(programme.requireID(), on: req.db).toDTO()
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await ProgrammeEditor(database: req.db).delete(programme)
        return .noContent
    }

    func dashboard(req: Request) async throws -> DashboardDTO {
        let programme = try await ProgrammeLoader.require(req.intParameter(), on: req.db)
        let dashboard = try await ProgrammeDashboard.load(programmeID: programme.requireID(), on: req.db)
        return DashboardDTO(programme: programme, dashboard: dashboard)
    }

    // MARK: Catalogue

    private func editable(_ req: Request) async throws -> (Programme, CatalogueEditor) {
        let user = try req.user
        let programme = try await ProgrammeAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return (programme, CatalogueEditor(database: req.db, programmeID: try programme.requireID()))
    }

    func instruments(req: Request) async throws -> Response {
        let programme = try await ProgrammeLoader.require(req.intParameter(), on: req.db)
        return try await req.wholeList(
            programme.instruments.sorted { $0.code < $1.code }, csv: "solmu-programme-\(programme.id ?? 0)-instruments.csv",
            header: FundingInstrument.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func addInstrument(req: Request) async throws -> Response {
        let (programme, editor) = try await editable(req)
        let instrument = FundingInstrument()
        try await editor.saveInstrument(req.decodeJSON(InstrumentInput.self), into: instrument)
        try await ProgrammeLoader.loadAdministrator(of: instrument, on: req.db)
        return try await req.created(
            instrument.toDTO(), at: "/api/v1/programmes/\(try programme.requireID())/instruments/\(try instrument.requireID())")
    }

    func updateInstrument(req: Request) async throws -> InstrumentDTO {
        let (programme, editor) = try await editable(req)
        let instrument = try programme.instrument(req)
        try await editor.saveInstrument(MergePatch.apply(req, to: instrument.input), into: instrument)
        try await ProgrammeLoader.loadAdministrator(of: instrument, on: req.db)
        return try instrument.toDTO()
    }

    func removeInstrument(req: Request) async throws -> HTTPStatus {
        let (programme, editor) = try await editable(req)
        try await editor.deleteInstrument(programme.instrument(req))
        return .noContent
    }

    func indicators(req: Request) async throws -> Response {
        let programme = try await ProgrammeLoader.require(req.intParameter(), on: req.db)
        return try await req.wholeList(
            programme.sortedIndicators, csv: "solmu-programme-\(programme.id ?? 0)-indicators.csv",
            header: Indicator.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func addIndicator(req: Request) async throws -> Response {
        let (programme, editor) = try await editable(req)
        let indicator = Indicator()
        try await editor.saveIndicator(req.decodeJSON(IndicatorInput.self), into: indicator)
        return try await req.created(indicator.toDTO(), at: "/api/v1/programmes/\(try programme.requireID())/indicators/\(try indicator.requireID())")
    }

    func updateIndicator(req: Request) async throws -> IndicatorDTO {
        let (programme, editor) = try await editable(req)
        let indicator = try programme.indicator(req)
        try await editor.saveIndicator(MergePatch.apply(req, to: indicator.input), into: indicator)
        return try indicator.toDTO()
    }

    func removeIndicator(req: Request) async throws -> HTTPStatus {
        let (programme, editor) = try await editable(req)
        try await editor.deleteIndicator(programme.indicator(req))
        return .noContent
    }

    func figures(req: Request) async throws -> Response {
        let programme = try await ProgrammeLoader.require(req.intParameter(), on: req.db)
        return try await req.wholeList(
            programme.figures.sorted { ($0.id ?? 0) < ($1.id ?? 0) }, csv: "solmu-programme-\(programme.id ?? 0)-figures.csv",
            header: ProgrammeFigure.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func addFigure(req: Request) async throws -> Response {
        let (programme, editor) = try await editable(req)
        let figure = ProgrammeFigure()
        try await editor.saveFigure(req.decodeJSON(FigureInput.self), into: figure)
        return try await req.created(figure.toDTO(), at: "/api/v1/programmes/\(try programme.requireID())/figures/\(try figure.requireID())")
    }

    func removeFigure(req: Request) async throws -> HTTPStatus {
        let (programme, editor) = try await editable(req)
        try await editor.deleteFigure(programme.figure(req))
        return .noContent
    }
}
