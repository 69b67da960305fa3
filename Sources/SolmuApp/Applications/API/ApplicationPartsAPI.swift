import Fluent
import Vapor

/// `/api/v1/applications/{id}/partners`, `/work-packages` and `/targets`: the consortium's parts of its draft.
struct ApplicationPartsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let application = routes.grouped("applications", ":id")
        application.post("partners", use: addPartner).accepts(PartnerInput.self)
        application.patch("partners", ":partnerId", use: updatePartner).accepts(PartnerInput.self)
        application.delete("partners", ":partnerId", use: removePartner)
        application.post("work-packages", use: addWorkPackage).accepts(PlannedWorkPackageInput.self)
        application.patch("work-packages", ":workPackageId", use: updateWorkPackage).accepts(PlannedWorkPackageInput.self)
        application.delete("work-packages", ":workPackageId", use: removeWorkPackage)
        application.put("targets", use: targets).accepts(TargetsInput.self)
    }

    private func editor(_ req: Request) async throws -> ApplicationEditor {
        let (application, _) = try await ApplicationAPI.forConsortium(req)
        return ApplicationEditor(database: req.db, application: application)
    }

    private func saved(_ req: Request, _ editor: ApplicationEditor) async throws -> ApplicationDTO {
        try await ApplicationLoader.require(editor.application.requireID(), on: req.db).toDTO()
    }

    func addPartner(req: Request) async throws -> Response {
        let editor = try await editor(req)
        try await editor.savePartner(req.decodeJSON(PartnerInput.self), into: ApplicationPartner())
        return try await req.created(saved(req, editor), at: "/api/v1/applications/\(try editor.application.requireID())")
    }

    func updatePartner(req: Request) async throws -> ApplicationDTO {
        let editor = try await editor(req)
        let partner = try editor.application.partner(req)
        try await editor.savePartner(MergePatch.apply(req, to: partner.input), into: partner)
        return try await saved(req, editor)
    }

    func removePartner(req: Request) async throws -> HTTPStatus {
        let editor = try await editor(req)
        try await editor.removePartner(editor.application.partner(req))
        return .noContent
    }

    func addWorkPackage(req: Request) async throws -> Response {
        let editor = try await editor(req)
        try await editor.saveWorkPackage(req.decodeJSON(PlannedWorkPackageInput.self), into: ApplicationWorkPackage())
        return try await req.created(saved(req, editor), at: "/api/v1/applications/\(try editor.application.requireID())")
    }

    func updateWorkPackage(req: Request) async throws -> ApplicationDTO {
        let editor = try await editor(req)
        let workPackage = try editor.application.workPackage(req)
        try await editor.saveWorkPackage(MergePatch.apply(req, to: workPackage.input), into: workPackage)
        return try await saved(req, editor)
    }

    func removeWorkPackage(req: Request) async throws -> HTTPStatus {
        let editor = try await editor(req)
        try await editor.removeWorkPackage(editor.application.workPackage(req))
        return .noContent
    }

    func targets(req: Request) async throws -> ApplicationDTO {
        let editor = try await editor(req)
        try await editor.saveTargets(req.decodeJSON(TargetsInput.self))
        return try await saved(req, editor)
    }
}
