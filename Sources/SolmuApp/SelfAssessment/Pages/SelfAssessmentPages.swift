import Fluent
import Plot
import Vapor

/// The self-assessment's pages for everyone: the front page that starts an assessment, the questionnaire behind its
/// private link (overview, one page per dimension, completing), the result with publishing, published results,
/// and coordinators' aggregates. The private link's secret is the credential for its pages, so they need no
/// session: an answer is never lost to a session that ran out.
struct SelfAssessmentPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.selfAssessment, use: home)
        // Anyone may start one; a signed-in visitor's platform becomes theirs, which needs the session's token.
        routes.anonymousForms().grouped(AnonymousWriteLimit()).post(.selfAssessment, use: start)
        // Behind the assessment's private link, whose secret is what allows these posts.
        let privateLinks = routes.privateLinks()
        routes.get(.platformAssessment(""), use: overview)
        routes.get(.assessmentStep("", ""), use: step)
        privateLinks.post(.assessmentStep("", ""), use: saveStep)
        privateLinks.post(.assessmentComplete(""), use: complete)
        routes.get(.assessmentResult(""), use: result)
        privateLinks.post(.assessmentPublication(""), use: publication)
        signedIn.post(.assessmentKeep(""), use: keep)
        routes.get(.publishedAssessment(0), use: published)
        signedIn.get(.platformAggregates, use: aggregates)
    }

    private func homePage(_ req: Request, _ context: PageContext, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        try await SelfAssessmentHomePage.load(viewer: context.user, language: context.language, state: state, on: req.db).render(
            context, status: status)
    }

    func home(req: Request) async throws -> Response {
        try await homePage(req, PageContext(request: req), state: FormState())
    }

    func start(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<StartForm>.self)
        let (start, formErrors) = StartForm.start(posted, platformId: try? req.content.get(String.self, at: "platformId"), context.language)
        var token = ""
        return try await req.submitForm(
            next: context.link(.platformAssessment(token), query: ["started": "1"]), values: posted.state,
            render: { state, status in
                try await homePage(req, context, state: state, status: status)
            },
            save: {
                guard formErrors.isEmpty else { throw Problem.validation(formErrors) }
                token = try await SelfAssessmentDesk(database: req.db).start(start, user: context.user).token
            })
    }

    private func found(_ req: Request) async throws -> (PlatformAssessment, String) {
        let token = req.parameters.get("token") ?? ""
        return (try await SelfAssessmentDesk.find(token: token, on: req.db), token)
    }

    func overview(req: Request) async throws -> Response {
        let (assessment, token) = try await found(req)
        return QuestionnairePage.make(
            from: assessment, token: token, publicURL: req.settings.publicURL,
            justStarted: req.query[String.self, at: "started"] == "1"
        ).render(try PageContext(request: req))
    }

    private func dimension(_ req: Request, of assessment: PlatformAssessment) throws -> InstrumentDimension {
        guard let dimension = assessment.instrument.orderedDimensions.first(where: { $0.key == req.parameters.get("dimension") }) else {
            throw Problem.notFound()
        }
        return dimension
    }

    func step(req: Request) async throws -> Response {
        let (assessment, token) = try await found(req)
        return SelfAssessmentStepPage.make(
            from: assessment, dimension: try dimension(req, of: assessment), token: token,
            state: StepForm.state(assessment)
        ).render(try PageContext(request: req))
    }

    func saveStep(req: Request) async throws -> Response {
        let (assessment, token) = try await found(req)
        let context = try PageContext(request: req)
        let dimension = try dimension(req, of: assessment)
        let (answers, typed) = StepForm.answers(req, statements: dimension.orderedStatements)
        do {
            try await SelfAssessmentDesk(database: req.db).save(answers, in: assessment)
        } catch let problem as Problem {
            // What was chosen stays chosen, with the message beside the statement.
            var state = StepForm.state(assessment)
            state.values.merge(typed.values) { _, new in new }
            state.errors = Dictionary(
                uniqueKeysWithValues: problem.fieldErrors.map { key, value in
                    (key.replacingOccurrences(of: "answers.", with: "s"), value)
                })
            return SelfAssessmentStepPage.make(from: assessment, dimension: dimension, token: token, state: state).render(
                context, status: problem.status)
        }
        let dimensions = assessment.instrument.orderedDimensions
        let index = dimensions.firstIndex { $0.id == dimension.id } ?? 0
        if (try? req.content.get(String.self, at: "go")) == "next", index + 1 < dimensions.count {
            return req.redirect(to: context.link(.assessmentStep(token, dimensions[index + 1].key)), redirectType: .normal)
        }
        return req.redirect(to: context.link(.platformAssessment(token)), redirectType: .normal)
    }

    func complete(req: Request) async throws -> Response {
        let (assessment, token) = try await found(req)
        let context = try PageContext(request: req)
        do {
            try await SelfAssessmentDesk(database: req.db).complete(assessment)
        } catch let problem as Problem where problem.status == .unprocessableEntity {
            return QuestionnairePage.make(from: assessment, token: token, publicURL: req.settings.publicURL, completionRefused: true)
                .render(context, status: .unprocessableEntity)
        }
        return req.redirect(to: context.link(.assessmentResult(token)), redirectType: .normal)
    }

    private func resultPage(
        _ req: Request, _ assessment: PlatformAssessment, token: String, state: FormState = FormState(),
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let context = try PageContext(request: req)
        guard assessment.status == .completed else {
            return req.redirect(to: context.link(.platformAssessment(token)), redirectType: .normal)
        }
        return try await ResultPage.load(assessment, token: token, viewer: context.user, state: state, on: req.db).render(context, status: status)
    }

    func result(req: Request) async throws -> Response {
        let (assessment, token) = try await found(req)
        return try await resultPage(req, assessment, token: token)
    }

    func publication(req: Request) async throws -> Response {
        let (assessment, token) = try await found(req)
        // Read as leniently as the fields once were one by one: a post that cannot be read withdraws, like one without `published`.
        let posted = (try? req.content.decode(FormValues<PublicationForm>.self)) ?? FormValues()
        return try await req.submitForm(
            next: try PageContext(request: req).link(.assessmentResult(token)), values: posted.state,
            render: { state, status in
                try await resultPage(req, assessment, token: token, state: state, status: status)
            },
            save: {
                try await SelfAssessmentDesk(database: req.db).publish(assessment, PublicationForm.input(posted))
            })
    }

    func keep(req: Request) async throws -> Response {
        let user = try req.user
        let (assessment, _) = try await found(req)
        try await SelfAssessmentDesk(database: req.db).keep(assessment, for: user)
        return req.redirect(to: try PageContext(request: req).link(.platform(assessment.$platform.id)), redirectType: .normal)
    }

    func published(req: Request) async throws -> Response {
        return try await ResultPage.load(published: req.intParameter(), on: req.db).render(try PageContext(request: req))
    }

    func aggregates(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let groups = try await AggregateAccess.groups(for: user, context.language, on: req.db)
        guard !groups.isEmpty else { throw Abort(.forbidden) }
        let chosenGroup =
            req.query[String.self, at: "group"].flatMap { value in groups.first { "\($0.parameter.name):\($0.parameter.value)" == value } }
            ?? groups[0]
        return try await AggregatesPage.load(groups: groups, group: chosenGroup, instrumentId: req.query[Int.self, at: "instrument"], on: req.db)
            .render(context)
    }
}
