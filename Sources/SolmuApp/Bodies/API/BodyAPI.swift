import Fluent
import Vapor

/// `/api/v1/bodies`: governing bodies (`?programme=`, `?network=`) and their members with deputies; CSV on the lists.
struct BodyAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let bodies = routes.grouped("bodies")
        bodies.get(use: list)
        bodies.get(":id", use: show)
        bodies.get(":id", "members", use: members)
    }

    func list(req: Request) async throws -> Response {
        var query = BodyLoader.query(req.db)
        var errors: [String: String] = [:]
        for (name, field) in [("programme", \GoverningBody.$programme.$id), ("network", \GoverningBody.$network.$id)] {
            guard let raw = req.query[String.self, at: name].nonEmpty else { continue }
            guard let id = Int(raw) else { errors[name] = "number.invalid"; continue }
            query = query.filter(field == id)
        }
        if !errors.isEmpty { throw Problem.validation(errors) }
        let bodies = try await query.sort(\.$id).all()
        return try await req.wholeList(bodies, csv: "solmu-bodies.csv", header: GoverningBody.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func show(req: Request) async throws -> BodyDTO {
        try await BodyLoader.require(req.intParameter(), on: req.db).toDTO()
    }

    func members(req: Request) async throws -> Response {
        let body = try await BodyLoader.require(req.intParameter(), on: req.db)
        return try await req.wholeList(body.members.sorted { $0.order < $1.order }, csv: "solmu-body-\(body.id ?? 0)-members.csv",
                                       header: BodyMember.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }
}
