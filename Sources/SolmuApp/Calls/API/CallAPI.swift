import Fluent
import Vapor

/// `/api/v1/calls`: open calls for everyone; the office prepares, publishes and runs them. A call's applications
/// and ranking are for its office and the programme's governing bodies only.
struct CallAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let calls = routes.grouped("calls")
        calls.get(use: list)
        calls.post(use: create).accepts(CallInput.self)
        calls.get(":id", use: show)
        calls.patch(":id", use: update).accepts(CallInput.self)
        calls.delete(":id", use: delete)
        calls.post(":id", "criteria", use: addCriterion).accepts(CriterionInput.self)
        calls.post(":id", "criteria", "responsibility", use: addResponsibilityCriteria)
        calls.patch(":id", "criteria", ":criterionId", use: updateCriterion).accepts(CriterionInput.self)
        calls.delete(":id", "criteria", ":criterionId", use: deleteCriterion)
        calls.get(":id", "applications", use: applications)
        calls.get(":id", "ranking", use: ranking)
    }

    func list(req: Request) async throws -> Response {
        var errors: [String: String] = [:]
        let programme = req.query[String.self, at: "programme"].map { Int($0) }
        if let programme, programme == nil { errors["programme"] = "number.invalid" }
        let open = req.query[String.self, at: "open"]
        if let open, !["true", "false"].contains(open) { errors["open"] = "boolean.invalid" }
        if !errors.isEmpty { throw Problem.validation(errors) }
        let calls = try await CallLoader.visible(to: req.currentUser, programme: programme ?? nil, openAt: open == "true" ? req.now : nil, on: req.db)
        return try await req.wholeList(calls, csv: "solmu-calls.csv", header: Call.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func show(req: Request) async throws -> CallDTO {
        let call = try await CallLoader.require(req.intParameter(), for: req.currentUser, on: req.db)
        return try call.toDTO(funded: await CallLoader.fundedProjects(of: call, on: req.db))
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        let input = try req.decodeJSON(CallInput.self)
        guard let programmeID = input.programmeId else { throw Problem.validation(["programmeId": "field.required"]) }
        let programme = try await ProgrammeAccess.requireEditable(programmeID, by: user, on: req.db)
        let call = Call()
        try await CallEditor(database: req.db).save(input, into: call, programme: programme)
        let saved = try await CallLoader.require(call.requireID(), for: user, on: req.db)
        return try await req.created(saved.toDTO(), at: "/api/v1/calls/\(try saved.requireID())")
    }

    private func editable(_ req: Request) async throws -> Call {
        try await CallAccess.requireEditable(req.intParameter(), by: req.user, on: req.db)
    }

    func update(req: Request) async throws -> CallDTO {
        let call = try await editable(req)
        var input = try MergePatch.apply(req, to: call.input)
        // A call stays in its programme: its criteria, instruments and applications belong there.
        input.programmeId = call.$programme.id
        let programme = try await ProgrammeLoader.require(call.$programme.id, on: req.db)
        try await CallEditor(database: req.db).save(input, into: call, programme: programme)
        return try await CallLoader.require(call.requireID(), for: req.currentUser, on: req.db).toDTO()
    }

    func delete(req: Request) async throws -> HTTPStatus {
        try await CallEditor(database: req.db).delete(editable(req))
        return .noContent
    }

    func addCriterion(req: Request) async throws -> Response {
        let call = try await editable(req)
        try await CallEditor(database: req.db).saveCriterion(req.decodeJSON(CriterionInput.self), call: call, into: CallCriterion())
        let saved = try await CallLoader.require(call.requireID(), for: req.currentUser, on: req.db)
        return try await req.created(saved.toDTO(), at: "/api/v1/calls/\(try saved.requireID())")
    }

    /// The self-assessment's responsibility statements as this call's criteria.
    func addResponsibilityCriteria(req: Request) async throws -> Response {
        let call = try await editable(req)
        try await CallEditor(database: req.db).addResponsibilityCriteria(to: call)
        let saved = try await CallLoader.require(call.requireID(), for: req.currentUser, on: req.db)
        return try await req.created(saved.toDTO(), at: "/api/v1/calls/\(try saved.requireID())")
    }

    private func criterion(_ req: Request, of call: Call) throws -> CallCriterion {
        guard let id = req.parameters.get("criterionId").flatMap(Int.init), let found = call.criteria.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }

    func updateCriterion(req: Request) async throws -> CallDTO {
        let call = try await editable(req)
        let criterion = try criterion(req, of: call)
        try await CallEditor(database: req.db).saveCriterion(MergePatch.apply(req, to: criterion.input), call: call, into: criterion)
        return try await CallLoader.require(call.requireID(), for: req.currentUser, on: req.db).toDTO()
    }

    func deleteCriterion(req: Request) async throws -> HTTPStatus {
        let call = try await editable(req)
        try await CallEditor(database: req.db).deleteCriterion(criterion(req, of: call), call: call)
        return .noContent
    }

    /// The call for its office or a member of the programme's bodies, or 401 / 404.
    static func requireInsider(_ req: Request) async throws -> Call {
        guard let user = req.currentUser else { throw Abort(.unauthorized) }
        let call = try await CallLoader.require(req.intParameter(), for: user, on: req.db)
        let bodyMember = try await ApplicationAccess.isBodyMember(user, programme: call.$programme.id, on: req.db)
        guard CallAccess.canEdit(user, call) || bodyMember else {
            throw Abort(.forbidden)
        }
        return call
    }

    /// The pipeline: every application except drafts (which are the consortium's own until submitted), `?state=` narrows.
    func applications(req: Request) async throws -> Response {
        let call = try await Self.requireInsider(req)
        let state = try req.query[String.self, at: "state"].map { raw in
            guard let state = ApplicationState(rawValue: raw), state != .draft else {
                throw Problem.validation(["state": "applicationState.unknown"])
            }
            return state
        }
        let isOffice = CallAccess.canEdit(req.currentUser, call)
        // Body members see what reaches them: applications assessed and on.
        let applications = try await ApplicationLoader.ofCall(call.requireID(), excluding: .draft, only: state, on: req.db)
            .filter { isOffice || ApplicationAccess.bodyStates.contains($0.state) }
        return try await req.wholeList(
            applications, csv: "solmu-call-\(call.id ?? 0)-applications.csv", header: FundingApplication.csvHeader,
            row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func ranking(req: Request) async throws -> Response {
        let call = try await Self.requireInsider(req)
        let ranking = try await Ranking.load(call: call.requireID(), on: req.db)
        if req.wantsCSV {
            let rows = ranking.csvRows
            return CSVResponse.stream(filename: "solmu-call-\(call.id ?? 0)-ranking.csv", header: Ranking.csvHeader) { $0 == 0 ? rows : [] }
        }
        let items = ranking.dto
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }
}
