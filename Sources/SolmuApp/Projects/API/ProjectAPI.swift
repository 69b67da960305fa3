import Fluent
import Vapor

/// `/api/v1/projects`: the portfolio with its filters, and each project.
struct ProjectAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let projects = routes.grouped("projects")
        projects.get(use: list)
        projects.post(use: create).accepts(ProjectInput.self)
        projects.get(":id", use: show)
        projects.patch(":id", use: update).accepts(ProjectInput.self)
        projects.delete(":id", use: delete)
    }

    func list(req: Request) async throws -> Response {
        let search = try ProjectSearch(req)
        if req.wantsCSV {
            let batch = 500
            return CSVResponse.stream(filename: "solmu-projects.csv", header: Project.csvHeader) { index in
                try await search.page(limit: batch, offset: index * batch, on: req.db).map { try $0.csvRow() }
            }
        }
        let paging = try Paging(req)
        let total = try await search.count(on: req.db)
        let items = try await search.page(limit: paging.limit, offset: paging.offset, on: req.db).map { try $0.toSummaryDTO() }
        return try await ListEnvelope(items: items, total: total, limit: paging.limit, offset: paging.offset).encodeResponse(for: req)
    }

    func show(req: Request) async throws -> ProjectDTO {
        let project = try await ProjectLoader.require(req.intParameter(), on: req.db)
        return try await project.toDTO(programme: ProjectLoader.programme(of: project, on: req.db))
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        let input = try req.decodeJSON(ProjectInput.self)
        let project = Project()
        try await ProjectEditor(database: req.db).save(input, into: project)
        try await ProjectAccess.makeCreatorLead(user, of: project, on: req.db)
        let saved = try await ProjectLoader.require(project.requireID(), on: req.db)
        let programme = try await ProjectLoader.programme(of: saved, on: req.db)
        return try await req.created(saved.toDTO(programme: programme), at: "/api/v1/projects/\(try saved.requireID())")
    }

    func update(req: Request) async throws -> ProjectDTO {
        let user = try req.user
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await ProjectEditor(database: req.db).save(MergePatch.apply(req, to: project.input), into: project)
        return try await show(req: req)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await ProjectEditor(database: req.db).delete(project)
        return .noContent
    }
}
