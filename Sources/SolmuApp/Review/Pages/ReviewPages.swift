import Fluent
import Vapor

/// The reviewer's pages: "my assessments" and an assessment (declare, then score and submit).
struct ReviewPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        signedIn.get(.myAssessments, use: mine)
        signedIn.get(.assessment(0), use: show)
        signedIn.post(.assessment(0), use: save)
    }

    func mine(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        return try await MyReviewsPage.load(reviewer: user, on: req.db).render(context)
    }

    private func load(_ req: Request) async throws -> (Review, FundingApplication, User) {
        let user = try req.user
        guard let assessment = try await ReviewLoader.find(req.intParameter(), on: req.db) else { throw Abort(.notFound) }
        let application = try await ApplicationLoader.require(assessment.$application.id, on: req.db)
        guard assessment.$reviewer.id == user.id || ApplicationAccess.isOffice(user, application) else { throw Abort(.notFound) }
        return (assessment, application, user)
    }

    func show(req: Request) async throws -> Response {
        let (assessment, application, user) = try await load(req)
        let context = try PageContext(request: req)
        return try ReviewPage.make(
            from: assessment, application: application, isReviewer: assessment.$reviewer.id == user.id,
            state: ReviewPage.savedState(of: assessment)
        ).render(context)
    }

    func save(req: Request) async throws -> Response {
        let (assessment, application, user) = try await load(req)
        guard assessment.$reviewer.id == user.id else { throw Abort(.forbidden) }
        let context = try PageContext(request: req)
        let editor = ReviewEditor(database: req.db)
        if (try? req.content.get(String.self, at: "step")) == "declare" {
            let posted = try req.content.decode(FormValues<DeclarationForm>.self)
            return try await req.submitForm(
                next: context.link(.assessment(assessment.requireID())), values: posted.state,
                render: { state, status in
                    try await again(req, assessment, application, state: state, status: status, context)
                },
                save: {
                    try await editor.declare(DeclarationForm.input(posted), on: assessment)
                })
        }
        // The scores: a score and a comment for each of the call's criteria, named by the criterion's id.
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(
            next: context.link(.assessment(assessment.requireID())), values: FormState(values: form),
            render: { state, status in
                try await again(req, assessment, application, state: state, status: status, context)
            },
            save: {
                let scores = application.call.sortedCriteria.map { criterion -> ScoresInput.Score in
                    let id = criterion.id ?? 0
                    return ScoresInput.Score(criterionId: id, score: form["score-\(id)"].nonEmpty.flatMap(Int.init), comment: form["comment-\(id)"])
                }
                try await editor.saveScores(
                    ScoresInput(version: form["version"].flatMap(Int.init), scores: scores, submit: form["submit"] == "1"),
                    on: assessment, application: application)
            })
    }

    /// Shown again as the reviewer typed it, on the assessment as it now is (a newer version after a conflict).
    private func again(
        _ req: Request, _ assessment: Review, _ application: FundingApplication, state: FormState, status: HTTPResponseStatus,
        _ context: PageContext
    ) async throws -> Response {
        let current = try await ReviewLoader.find(assessment.requireID(), on: req.db) ?? assessment
        var state = state
        if state.formError != nil { state.values["version"] = "\(current.version)" }
        return try ReviewPage.make(from: current, application: application, isReviewer: true, state: state).render(context, status: status)
    }
}
