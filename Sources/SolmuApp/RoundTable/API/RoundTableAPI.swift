import Fluent
import Vapor

/// `/api/v1/roundtable/topics`: the industry round table's topics, stakeholders' positions and the meetings that handled them.
struct RoundTableAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let topics = routes.grouped("roundtable", "topics")
        topics.get(use: list)
        topics.post(use: create).accepts(TopicDetails.self)
        topics.get(":id", use: show)
        topics.patch(":id", use: update).accepts(TopicDetails.self)
        topics.post(":id", "positions", use: addPosition).accepts(PositionDetails.self)
        topics.delete(":id", "positions", ":positionId", use: deletePosition)
    }

    func list(req: Request) async throws -> Response {
        var status: RoundTableTopic.Status?
        if let raw = req.query[String.self, at: "status"] {
            guard let known = RoundTableTopic.Status(rawValue: raw) else { throw Problem.validation(["status": "topicStatus.unknown"]) }
            status = known
        }
        let topics = try await RoundTableLoader.all(status: status, on: req.db)
        return try await req.wholeList(
            topics, csv: "solmu-roundtable-topics.csv", header: ["id", "network_id", "title_fi", "status", "positions", "meetings"],
            row: { ["\(try $0.requireID())", "\($0.$network.id)", $0.titleFi, $0.status.rawValue, "\($0.positions.count)", "\($0.meetings.count)"] },
            item: { try $0.toDTO() })
    }

    func show(req: Request) async throws -> TopicDTO {
        try await RoundTableLoader.require(req.intParameter(), on: req.db).toDTO()
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        let details = try req.decodeJSON(TopicDetails.self)
        guard let networkID = details.networkId else { throw Problem.validation(["networkId": "field.required"]) }
        _ = try await NetworkAccess.requireEditable(networkID, by: user, on: req.db)
        let topic = RoundTableTopic()
        try await RoundTableEditor(database: req.db).save(details, into: topic)
        return try await req.created(
            RoundTableLoader.require(topic.requireID(), on: req.db).toDTO(), at: "/api/v1/roundtable/topics/\(try topic.requireID())")
    }

    func update(req: Request) async throws -> TopicDTO {
        let topic = try await RoundTableLoader.requireEditable(req.intParameter(), by: req.user, on: req.db)
        var details = try MergePatch.apply(req, to: topic.details)
        // A topic stays with the round table that took it up.
        details.networkId = topic.$network.id
        try await RoundTableEditor(database: req.db).save(details, into: topic)
        return try await RoundTableLoader.require(topic.requireID(), on: req.db).toDTO()
    }

    func addPosition(req: Request) async throws -> Response {
        let topic = try await RoundTableLoader.requireEditable(req.intParameter(), by: req.user, on: req.db)
        try await RoundTableEditor(database: req.db).savePosition(req.decodeJSON(PositionDetails.self), topic: topic, into: StakeholderPosition())
        return try await req.created(
            RoundTableLoader.require(topic.requireID(), on: req.db).toDTO(), at: "/api/v1/roundtable/topics/\(try topic.requireID())")
    }

    func deletePosition(req: Request) async throws -> HTTPStatus {
        let topic = try await RoundTableLoader.requireEditable(req.intParameter(), by: req.user, on: req.db)
        guard let id = req.parameters.get("positionId").flatMap(Int.init), let position = topic.positions.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        try await RoundTableEditor(database: req.db).deletePosition(position)
        return .noContent
    }
}
