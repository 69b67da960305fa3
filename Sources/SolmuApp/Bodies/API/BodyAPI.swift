import Fluent
import Vapor

/// `/api/v1/bodies`: governing bodies (`?programme=`, `?network=`) and their members with deputies; CSV on the lists.
/// The keepers of the programme or network add and change bodies and seats.
struct BodyAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let bodies = routes.grouped("bodies")
        bodies.get(use: list)
        bodies.get(":id", use: show)
        bodies.get(":id", "members", use: members)
        bodies.post(use: create).accepts(BodyInput.self)
        bodies.patch(":id", use: update).accepts(BodyInput.self)
        bodies.delete(":id", use: delete)
        bodies.post(":id", "members", use: addMember).accepts(SeatInput.self)
        bodies.patch(":id", "members", ":memberId", use: updateMember).accepts(SeatInput.self)
        bodies.delete(":id", "members", ":memberId", use: removeMember)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        let input = try req.decodeJSON(BodyInput.self)
        let programme = try await input.programmeId.asyncMap { try await ProgrammeLoader.require($0, on: req.db) }
        if let network = input.networkId { try await BodyLoader.requireNetwork(network, on: req.db) }
        guard try await BodyAccess.canCreate(user, programme: programme, networkID: input.networkId, on: req.db) else { throw Abort(.forbidden) }
        let body = GoverningBody()
        try await BodyEditor(database: req.db).save(input, into: body)
        let saved = try await BodyLoader.require(body.requireID(), on: req.db)
        return try await req.created(saved.toDTO(), at: "/api/v1/bodies/\(try saved.requireID())")
    }

    private func editable(_ req: Request) async throws -> GoverningBody {
        try await BodyAccess.requireEditable(req.intParameter(), by: req.user, on: req.db)
    }

    func update(req: Request) async throws -> BodyDTO {
        let body = try await editable(req)
        var input = try MergePatch.apply(req, to: body.input)
        // A body stays with its programme or network.
        (input.programmeId, input.networkId) = (body.$programme.id, body.$network.id)
        try await BodyEditor(database: req.db).save(input, into: body)
        return try await BodyLoader.require(body.requireID(), on: req.db).toDTO()
    }

    func delete(req: Request) async throws -> HTTPStatus {
        try await BodyEditor(database: req.db).delete(editable(req))
        return .noContent
    }

    func addMember(req: Request) async throws -> Response {
        let body = try await editable(req)
        try await BodyEditor(database: req.db).saveMember(req.decodeJSON(SeatInput.self), body: body, into: BodyMember())
        let saved = try await BodyLoader.require(body.requireID(), on: req.db)
        return try await req.created(saved.toDTO(), at: "/api/v1/bodies/\(try saved.requireID())")
    }

    func updateMember(req: Request) async throws -> BodyDTO {
        let body = try await editable(req)
        let member = try body.seat(req)
        try await BodyEditor(database: req.db).saveMember(MergePatch.apply(req, to: member.input), body: body, into: member)
        return try await BodyLoader.require(body.requireID(), on: req.db).toDTO()
    }

    func removeMember(req: Request) async throws -> HTTPStatus {
        let body = try await editable(req)
        try await BodyEditor(database: req.db).deleteMember(body.seat(req))
        return .noContent
    }

    func list(req: Request) async throws -> Response {
        var errors: [String: String] = [:]
        func id(_ name: String) -> Int? {
            guard let raw = req.query[String.self, at: name].nonEmpty else { return nil }
            guard let id = Int(raw) else { errors[name] = "number.invalid"; return nil }
            return id
        }
        let (programme, network) = (id("programme"), id("network"))
        if !errors.isEmpty { throw Problem.validation(errors) }
        let bodies = try await BodyLoader.all(programme: programme, network: network, on: req.db)
        return try await req.wholeList(
            bodies, csv: "solmu-bodies.csv", header: GoverningBody.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func show(req: Request) async throws -> BodyDTO {
        try await BodyLoader.require(req.intParameter(), on: req.db).toDTO()
    }

    func members(req: Request) async throws -> Response {
        let body = try await BodyLoader.require(req.intParameter(), on: req.db)
        return try await req.wholeList(
            body.members.sorted { $0.order < $1.order }, csv: "solmu-body-\(body.id ?? 0)-members.csv",
            header: BodyMember.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }
}
