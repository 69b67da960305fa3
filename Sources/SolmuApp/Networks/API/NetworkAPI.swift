import Fluent
import Vapor

/// `/api/v1/networks` and their members; `?format=csv` on both lists.
struct NetworkAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let networks = routes.grouped("networks")
        networks.get(use: list)
        networks.post(use: create).accepts(NetworkInput.self)
        networks.get(":id", use: show)
        networks.patch(":id", use: update).accepts(NetworkInput.self)
        networks.delete(":id", use: delete)
        networks.get(":id", "members", use: members)
        networks.post(":id", "members", use: addMember).accepts(MemberInput.self)
        networks.patch(":id", "members", ":memberId", use: updateMember).accepts(MemberInput.self)
        networks.delete(":id", "members", ":memberId", use: removeMember)
    }

    func list(req: Request) async throws -> Response {
        let networks = try await NetworkLoader.all(req.db)
        if req.wantsCSV {
            let rows = try networks.map { try $0.csvRow() }
            return CSVResponse.stream(filename: "solmu-networks.csv", header: Network.csvHeader) { $0 == 0 ? rows : [] }
        }
        let items = try networks.map { try $0.toDTO() }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func show(req: Request) async throws -> NetworkDTO {
        let network = try await NetworkLoader.require(req.intParameter(), on: req.db)
        return try network.toDTO()
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        let input = try req.decodeJSON(NetworkInput.self)
        let network = Network()
        try await NetworkEditor(database: req.db).save(input, into: network)
        try await NetworkAccess.makeCreatorCoordinator(user, of: network, on: req.db)
        guard let saved = try await NetworkLoader.find(network.requireID(), on: req.db) else { throw Problem.notFound() }
        let response = try await saved.toDTO().encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/networks/\(try saved.requireID())")
        return response
    }

    func update(req: Request) async throws -> NetworkDTO {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await NetworkEditor(database: req.db).save(MergePatch.apply(req, to: network.input), into: network)
        guard let saved = try await NetworkLoader.find(network.requireID(), on: req.db) else { throw Problem.notFound() }
        return try saved.toDTO()
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await NetworkEditor(database: req.db).delete(network)
        return .noContent
    }

    func members(req: Request) async throws -> Response {
        let network = try await NetworkLoader.require(req.intParameter(), on: req.db)
        let members = network.sortedMembers
        if req.wantsCSV {
            let rows = try members.map { try $0.csvRow() }
            return CSVResponse.stream(filename: "solmu-network-\(try network.requireID())-members.csv", header: NetworkMember.csvHeader) {
                $0 == 0 ? rows : []
            }
        }
        let items = try members.map { try $0.toDTO() }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func addMember(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let input = try req.decodeJSON(MemberInput.self)
        let member = NetworkMember()
        try await NetworkEditor(database: req.db).saveMember(input, networkID: network.requireID(), into: member)
        try await NetworkLoader.loadOrganization(of: member, on: req.db)
        let response = try await member.toDTO().encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/networks/\(try network.requireID())/members/\(try member.requireID())")
        return response
    }

    func updateMember(req: Request) async throws -> NetworkMemberDTO {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let member = try network.member(req)
        var input = try MergePatch.apply(req, to: member.input)
        input.organizationId = member.$organization.id  // a membership never moves to another organisation
        try await NetworkEditor(database: req.db).saveMember(input, networkID: network.requireID(), into: member)
        return try member.toDTO()
    }

    func removeMember(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await NetworkEditor(database: req.db).removeMember(network.member(req))
        return .noContent
    }
}
