import Fluent
import Vapor

/// A project's indicator reports under `/api/v1/projects/{id}/reports`. A correction (PATCH) must carry the
/// `version` it corrects; a stale one is a 409 that says who changed the report, never a silent overwrite.
struct IndicatorReportAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let reports = routes.grouped("projects", ":id", "reports")
        reports.get(use: list)
        reports.post(use: create).accepts(ReportInput.self)
        reports.patch(":reportId", use: correct).accepts(ReportCorrection.self)
        reports.delete(":reportId", use: remove)
    }

    private func report(_ req: Request, of project: Project) async throws -> IndicatorReport {
        try await ProjectLoader.report(req.parameters.get("reportId").flatMap(Int.init), of: project.requireID(), on: req.db)
    }

    func list(req: Request) async throws -> Response {
        let project = try await ProjectLoader.require(req.intParameter(), on: req.db)
        let reports = try await ProjectLoader.reports(of: project.requireID(), on: req.db)
        let showReporter = req.currentUser != nil
        return try await req.wholeList(
            reports, csv: "solmu-project-\(project.id ?? 0)-reports.csv", header: IndicatorReport.csvHeader,
            row: { try $0.csvRow(showReporter: showReporter) }, item: { try $0.toDTO(showReporter: showReporter) })
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let report = try await IndicatorReporting(database: req.db, project: project).create(req.decodeJSON(ReportInput.self), by: user)
        return try await req.created(
            report.toDTO(showReporter: true), at: "/api/v1/projects/\(try project.requireID())/reports/\(try report.requireID())")
    }

    func correct(req: Request) async throws -> ReportDTO {
        let user = try req.user
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let existing = try await report(req, of: project)
        let correction = try req.decodeJSON(ReportCorrection.self)
        let corrected = try await IndicatorReporting(database: req.db, project: project).correct(existing, with: correction, by: user)
        return try corrected.toDTO(showReporter: true)
    }

    func remove(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await IndicatorReporting(database: req.db, project: project).remove(report(req, of: project))
        return .noContent
    }
}
