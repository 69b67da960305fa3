import Fluent
import Vapor

/// `/api/v1/people`: contact persons; `?organization=` narrows the list, `?format=csv` downloads it.
struct PersonAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let people = routes.grouped("people")
        people.get(use: list)
        people.post(use: create).accepts(PersonInput.self)
        people.get(":id", use: show)
        people.patch(":id", use: update).accepts(PersonInput.self)
        people.delete(":id", use: delete)
    }

    /// The `?organization=` narrowing, checked.
    private func organizationFilter(_ req: Request) throws -> Int? {
        guard let raw = req.query[String.self, at: "organization"].nonEmpty else { return nil }
        guard let id = Int(raw) else { throw Problem.validation(["organization": "person.organization.unknown"]) }
        return id
    }

    func list(req: Request) async throws -> Response {
        let showContact = req.currentUser != nil
        if req.wantsCSV {
            let (db, organization) = (req.db, try organizationFilter(req))
            return CSVResponse.stream(filename: "solmu-people.csv", header: Person.csvHeader) { written in
                try await PersonLoader.batch(organization: organization, after: written, size: 500, on: db).map {
                    try $0.csvRow(showContact: showContact)
                }
            }
        }
        let paging = try Paging(req)
        let organization = try organizationFilter(req)
        let (total, items) = try await PersonLoader.page(organization: organization, offset: paging.offset, limit: paging.limit, on: req.db)
        return try await ListEnvelope(
            items: items.map { try $0.toDTO(showContact: showContact) }, total: total,
            limit: paging.limit, offset: paging.offset
        ).encodeResponse(for: req)
    }

    func show(req: Request) async throws -> PersonDTO {
        let person = try await PersonLoader.require(req.intParameter(), on: req.db)
        return try person.toDTO(showContact: req.currentUser != nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        let input = try req.decodeJSON(PersonInput.self)
        try AtlasAccess.require(organizationID: input.organizationId, user)
        let person = Person()
        try await PersonEditor(database: req.db).checkAndSave(input, into: person)
        let response = try await person.toDTO(showContact: true).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/people/\(try person.requireID())")
        return response
    }

    func update(req: Request) async throws -> PersonDTO {
        let user = try req.user
        let person = try await PersonLoader.require(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: person.$organization.id, user)
        let input = try MergePatch.apply(req, to: person.input)
        try AtlasAccess.require(organizationID: input.organizationId, user)
        try await PersonEditor(database: req.db).checkAndSave(input, into: person)
        return try person.toDTO(showContact: true)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let person = try await PersonLoader.require(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: person.$organization.id, user)
        try await PersonEditor(database: req.db).delete(person)
        return .noContent
    }
}
