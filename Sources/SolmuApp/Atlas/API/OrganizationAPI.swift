import Fluent
import Vapor

/// `/api/v1/organizations`: search, read, create, change, remove; `?format=csv` on the list.
struct OrganizationAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let organizations = routes.grouped("organizations")
        organizations.get(use: list)
        organizations.post(use: create).accepts(OrganizationInput.self)
        organizations.get(":id", use: show)
        organizations.patch(":id", use: update).accepts(OrganizationInput.self)
        organizations.delete(":id", use: delete)
    }

    func list(req: Request) async throws -> Response {
        let filter = try OrganizationFilter(req)
        let search = OrganizationSearch(database: req.db)
        if req.wantsCSV {
            let db = req.db
            let lastID = LastID()
            return CSVResponse.stream(filename: "solmu-organizations.csv", header: Organization.csvHeader) { _ in
                let ids = try await search.ids(filter, after: await lastID.value, batch: 500)
                await lastID.set(ids.last)
                return try await OrganizationLoader.load(ids, on: db).map { try $0.csvRow() }
            }
        }
        let paging = try Paging(req)
        let page = try await search.page(filter, limit: paging.limit, offset: paging.offset)
        let items = try await OrganizationLoader.load(page.ids, on: req.db).map { try $0.toDTO() }
        return try await ListEnvelope(items: items, total: page.total, limit: paging.limit, offset: paging.offset).encodeResponse(for: req)
    }

    func show(req: Request) async throws -> OrganizationDTO {
        try await OrganizationLoader.find(req.intParameter(), on: req.db).toDTO()
    }

    func create(req: Request) async throws -> Response {
        _ = try req.user
        let input = try req.decodeJSON(OrganizationInput.self)
        let editor = OrganizationEditor(database: req.db)
        let organization = Organization()
        try await editor.save(try await editor.check(input), into: organization)
        let dto = try await OrganizationLoader.find(organization.requireID(), on: req.db).toDTO()
        let response = try await dto.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/organizations/\(dto.id)")
        return response
    }

    func update(req: Request) async throws -> OrganizationDTO {
        let user = try req.user
        let organization = try await OrganizationLoader.find(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: organization.id, user)
        let input = try MergePatch.apply(req, to: organization.input)
        let editor = OrganizationEditor(database: req.db)
        try await editor.save(try await editor.check(input, excluding: organization.id), into: organization)
        return try await OrganizationLoader.find(organization.requireID(), on: req.db).toDTO()
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let organization = try await OrganizationLoader.require(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: organization.id, user)
        try await OrganizationEditor(database: req.db).delete(organization)
        return .noContent
    }
}

/// The last id written by a streaming export (the stream's batches run one after another).
actor LastID {
    private(set) var value = 0
    func set(_ id: Int?) { if let id { value = id } }
}
