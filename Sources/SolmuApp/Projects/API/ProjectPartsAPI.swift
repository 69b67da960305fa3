import Fluent
import Vapor

/// A project's implementers, work packages, results and indicator targets under `/api/v1/projects/{id}/…`.
struct ProjectPartsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let project = routes.grouped("projects", ":id")
        project.get("implementers", use: implementers)
        project.post("implementers", use: addImplementer).accepts(ImplementerInput.self)
        project.patch("implementers", ":implementerId", use: updateImplementer).accepts(ImplementerInput.self)
        project.delete("implementers", ":implementerId", use: removeImplementer)
        project.get("work-packages", use: workPackages)
        project.post("work-packages", use: addWorkPackage).accepts(WorkPackageInput.self)
        project.patch("work-packages", ":workPackageId", use: updateWorkPackage).accepts(WorkPackageInput.self)
        project.delete("work-packages", ":workPackageId", use: removeWorkPackage)
        project.get("results", use: results)
        project.post("results", use: addResult).accepts(ResultInput.self)
        project.patch("results", ":resultId", use: updateResult).accepts(ResultInput.self)
        project.delete("results", ":resultId", use: removeResult)
        project.get("targets", use: targets)
        project.put("targets", use: replaceTargets).accepts(TargetsInput.self)
    }

    private func editable(_ req: Request) async throws -> (Project, ProjectPartsEditor) {
        let user = try req.user
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return (project, ProjectPartsEditor(database: req.db, project: project))
    }

    private func base(_ project: Project) -> String { "/api/v1/projects/\(project.id ?? 0)" }

    // MARK: Implementers

    func implementers(req: Request) async throws -> Response {
        let project = try await ProjectLoader.require(req.intParameter(), on: req.db)
        return try await req.wholeList(
            project.sortedImplementers, csv: "solmu-project-\(project.id ?? 0)-implementers.csv",
            header: ProjectImplementer.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func addImplementer(req: Request) async throws -> Response {
        let (project, editor) = try await editable(req)
        let implementer = ProjectImplementer()
        try await editor.saveImplementer(req.decodeJSON(ImplementerInput.self), into: implementer)
        try await ProjectLoader.loadOrganization(of: implementer, on: req.db)
        return try await req.created(implementer.toDTO(), at: "\(base(project))/implementers/\(try implementer.requireID())")
    }

    func updateImplementer(req: Request) async throws -> ImplementerDTO {
        let (project, editor) = try await editable(req)
        let implementer = try project.implementer(req)
        try await editor.saveImplementer(MergePatch.apply(req, to: implementer.input), into: implementer)
        return try implementer.toDTO()
    }

    func removeImplementer(req: Request) async throws -> HTTPStatus {
        let (project, editor) = try await editable(req)
        try await editor.removeImplementer(project.implementer(req))
        return .noContent
    }

    // MARK: Work packages

    func workPackages(req: Request) async throws -> Response {
        let project = try await ProjectLoader.require(req.intParameter(), on: req.db)
        return try await req.wholeList(
            project.sortedWorkPackages, csv: "solmu-project-\(project.id ?? 0)-work-packages.csv",
            header: WorkPackage.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    private func reloaded(_ id: Int, _ req: Request) async throws -> WorkPackageDTO {
        try await ProjectLoader.workPackage(id, on: req.db).toDTO()
    }

    func addWorkPackage(req: Request) async throws -> Response {
        let (project, editor) = try await editable(req)
        let workPackage = WorkPackage()
        try await editor.saveWorkPackage(req.decodeJSON(WorkPackageInput.self), into: workPackage)
        return try await req.created(reloaded(workPackage.requireID(), req), at: "\(base(project))/work-packages/\(try workPackage.requireID())")
    }

    func updateWorkPackage(req: Request) async throws -> WorkPackageDTO {
        let (project, editor) = try await editable(req)
        let workPackage = try project.workPackage(req)
        try await editor.saveWorkPackage(MergePatch.apply(req, to: workPackage.input), into: workPackage)
        return try await reloaded(workPackage.requireID(), req)
    }

    func removeWorkPackage(req: Request) async throws -> HTTPStatus {
        let (project, editor) = try await editable(req)
        try await editor.deleteWorkPackage(project.workPackage(req))
        return .noContent
    }

    // MARK: Results

    func results(req: Request) async throws -> Response {
        let project = try await ProjectLoader.require(req.intParameter(), on: req.db)
        return try await req.wholeList(
            project.results, csv: "solmu-project-\(project.id ?? 0)-results.csv",
            header: ProjectResult.csvHeader, row: { try $0.csvRow() }, item: { try $0.toDTO() })
    }

    func addResult(req: Request) async throws -> Response {
        let (project, editor) = try await editable(req)
        let result = ProjectResult()
        try await editor.saveResult(req.decodeJSON(ResultInput.self), into: result)
        return try await req.created(result.toDTO(), at: "\(base(project))/results/\(try result.requireID())")
    }

    func updateResult(req: Request) async throws -> ResultDTO {
        let (project, editor) = try await editable(req)
        let result = try project.result(req)
        try await editor.saveResult(MergePatch.apply(req, to: result.input), into: result)
        return try result.toDTO()
    }

    func removeResult(req: Request) async throws -> HTTPStatus {
        let (project, editor) = try await editable(req)
        try await editor.deleteResult(project.result(req))
        return .noContent
    }

    // MARK: Targets

    func targets(req: Request) async throws -> Response {
        let project = try await ProjectLoader.require(req.intParameter(), on: req.db)
        let targets = try await ProjectLoader.targets(of: project.requireID(), on: req.db)
        return try await req.wholeList(
            targets, csv: "solmu-project-\(project.id ?? 0)-targets.csv", header: ["indicator_id", "value"],
            row: { ["\($0.$indicator.id)", FixedPoint.quantity.plain($0.value)] },
            item: { TargetDTO(indicatorId: $0.$indicator.id, value: FixedPoint.quantity.plain($0.value)) })
    }

    func replaceTargets(req: Request) async throws -> Response {
        let (project, editor) = try await editable(req)
        try await editor.saveTargets(req.decodeJSON(TargetsInput.self))
        return try await targets(req: req)
    }
}
