import Fluent
import Vapor

/// `/api/v1/applications`: a consortium drafts and submits; every state change is an explicit action
/// (`POST /applications/{id}/submit`, `/return`, `/check-eligibility`, `/complete-assessment`, `/propose`, `/decide`,
/// `/withdraw`) and lands in the audit trail (`/events`). Nobody but its readers learns an application exists.
struct ApplicationAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let applications = routes.grouped("applications")
        applications.get(use: mine)
        applications.post(use: create).accepts(ApplicationInput.self)
        applications.get(":id", use: show)
        applications.patch(":id", use: update).accepts(ApplicationInput.self)
        applications.get(":id", "events", use: events)
        for action in ApplicationAction.allCases where action != .create {
            applications.post(":id", PathComponent(stringLiteral: action.pathSegment)) { req in try await step(action, req) }.accepts(StepInput.self)
        }
    }

    /// The user's own applications (where they are of the consortium), newest first; `?call=` narrows.
    func mine(req: Request) async throws -> Response {
        guard let user = req.currentUser else { throw Abort(.unauthorized) }
        let call = try req.query[String.self, at: "call"].map { raw in
            guard let id = Int(raw) else { throw Problem.validation(["call": "number.invalid"]) }
            return id
        }
        let applications = try await ApplicationLoader.mine(of: user, call: call, on: req.db)
        return try await req.wholeList(
            applications, csv: "solmu-my-applications.csv", header: FundingApplication.csvHeader,
            row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        let input = try req.decodeJSON(ApplicationInput.self)
        guard let callID = input.callId else { throw Problem.validation(["callId": "field.required"]) }
        let call = try await CallLoader.require(callID, for: user, on: req.db)
        let application = try await ApplicationEditor.create(input, call: call, by: user, on: req.db)
        let saved = try await ApplicationLoader.require(application.requireID(), on: req.db)
        return try await req.created(saved.toDTO(), at: "/api/v1/applications/\(try saved.requireID())")
    }

    func show(req: Request) async throws -> ApplicationDTO {
        try await ApplicationAccess.requireReadable(req.intParameter(), by: req.currentUser, on: req.db).toDTO()
    }

    /// The application for its consortium's edits, or 401 / 403 / 404.
    static func forConsortium(_ req: Request) async throws -> (FundingApplication, User) {
        let user = try req.user
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        guard ApplicationAccess.isConsortium(user, application) else { throw Abort(.forbidden) }
        return (application, user)
    }

    func update(req: Request) async throws -> ApplicationDTO {
        let (application, user) = try await Self.forConsortium(req)
        var input = try MergePatch.apply(
            req, to: ApplicationInput(title: application.title, summary: application.summary, objectives: application.objectives))
        input.callId = application.$call.id
        try await ApplicationEditor(database: req.db, application: application).save(input, by: user)
        return try await ApplicationLoader.require(application.requireID(), on: req.db).toDTO()
    }

    func events(req: Request) async throws -> Response {
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: req.currentUser, on: req.db)
        let events = try await ApplicationLoader.events(application, on: req.db)
        return try await ListEnvelope(items: events.map { $0.toDTO() }, total: events.count, limit: events.count, offset: 0).encodeResponse(for: req)
    }

    func step(_ action: ApplicationAction, _ req: Request) async throws -> ApplicationDTO {
        let user = try req.user
        let input = req.body.data == nil ? StepInput() : try req.decodeJSON(StepInput.self)
        let id = try req.intParameter()
        try await ApplicationWorkflow(database: req.db, user: user, publicURL: req.settings.publicURL).perform(action, on: id, input)
        return try await ApplicationLoader.require(id, on: req.db).toDTO()
    }
}
