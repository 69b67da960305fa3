import Fluent
import Vapor

/// `/api/v1/assessments`: a reviewer's own assessments; the office assigns them under
/// `/api/v1/applications/{id}/assessments` and sees every review there, with the reviewer's name.
struct ReviewAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let assessments = routes.grouped("assessments")
        assessments.get(use: mine)
        assessments.get(":id", use: show)
        assessments.post(":id", "declaration", use: declare).accepts(DeclarationInput.self)
        assessments.put(":id", "scores", use: scores).accepts(ScoresInput.self)
        let ofApplication = routes.grouped("applications", ":id", "assessments")
        ofApplication.get(use: ofApplicationList)
        ofApplication.post(use: assign).accepts(AssignmentInput.self)
        ofApplication.delete(":assessmentId", use: unassign)
    }

    func mine(req: Request) async throws -> Response {
        guard let user = req.currentUser else { throw Abort(.unauthorized) }
        let assessments = try await ReviewLoader.mine(of: user, on: req.db)
        let items = try assessments.map { try $0.toDTO(withReviewer: false) }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    /// The reviewer's own assessment (or, for the office, any of its call's), or 401 / 404.
    static func readable(_ req: Request) async throws -> (Review, FundingApplication, isOffice: Bool) {
        guard let user = req.currentUser else { throw Abort(.unauthorized) }
        guard let assessment = try await ReviewLoader.find(req.intParameter(), on: req.db) else { throw Problem.notFound() }
        let application = try await ApplicationLoader.require(assessment.$application.id, on: req.db)
        let isOffice = ApplicationAccess.isOffice(user, application)
        guard assessment.$reviewer.id == user.id || isOffice else { throw Problem.notFound() }
        return (assessment, application, isOffice)
    }

    func show(req: Request) async throws -> ReviewDTO {
        let (assessment, _, isOffice) = try await Self.readable(req)
        return try assessment.toDTO(withReviewer: isOffice)
    }

    /// The reviewer's own assessment for a write, or 401 / 403 / 404.
    private func own(_ req: Request) async throws -> (Review, FundingApplication) {
        let user = try req.user
        let (assessment, application, _) = try await Self.readable(req)
        guard assessment.$reviewer.id == user.id else { throw Abort(.forbidden) }
        return (assessment, application)
    }

    func declare(req: Request) async throws -> ReviewDTO {
        let (assessment, _) = try await own(req)
        try await ReviewEditor(database: req.db).declare(req.decodeJSON(DeclarationInput.self), on: assessment)
        return try await Self.readable(req).0.toDTO(withReviewer: false)
    }

    func scores(req: Request) async throws -> ReviewDTO {
        let (assessment, application) = try await own(req)
        try await ReviewEditor(database: req.db).saveScores(req.decodeJSON(ScoresInput.self), on: assessment, application: application)
        return try await Self.readable(req).0.toDTO(withReviewer: false)
    }

    /// The application for its office, or 401 / 403 / 404.
    private func forOffice(_ req: Request) async throws -> FundingApplication {
        let user = try req.user
        let application = try await ApplicationAccess.requireReadable(req.intParameter(), by: user, on: req.db)
        guard ApplicationAccess.isOffice(user, application) else { throw Abort(.forbidden) }
        return application
    }

    func ofApplicationList(req: Request) async throws -> Response {
        let application = try await forOffice(req)
        let items = try await ReviewLoader.ofApplication(application, on: req.db).map { try $0.toDTO(withReviewer: true) }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func assign(req: Request) async throws -> Response {
        let application = try await forOffice(req)
        let assessment = try await ReviewEditor(database: req.db).assign(req.decodeJSON(AssignmentInput.self), to: application)
        let saved = try await ReviewLoader.find(assessment.requireID(), on: req.db)!
        return try await req.created(saved.toDTO(withReviewer: true), at: "/api/v1/assessments/\(try saved.requireID())")
    }

    func unassign(req: Request) async throws -> HTTPStatus {
        let application = try await forOffice(req)
        guard let id = req.parameters.get("assessmentId").flatMap(Int.init),
            let assessment = try await ReviewLoader.find(id, ofApplication: application.requireID(), on: req.db)
        else { throw Problem.notFound() }
        try await ReviewEditor(database: req.db).unassign(assessment)
        return .noContent
    }
}
