import Fluent
import SQLKit
import Vapor

/// Starts assessments, keeps their answers between sittings, completes them into scores and publishes their
/// results. The private link's secret is the assessor's credential: whoever holds it may continue, see the result and
/// publish it. Every change is one transaction, so a refused answer leaves the saved ones as they were.
struct SelfAssessmentDesk {
    let database: any Database
    var now = Date()

    /// Starts an assessment; returns it (with platform and instrument loaded) and its private link's secret.
    func start(_ start: SelfAssessmentStart, user: User?) async throws -> (PlatformAssessment, token: String) {
        guard let instrument = try await InstrumentLoader.published(start.instrumentId, on: database) else {
            throw Problem.validation(["instrumentId": "selfAssessment.instrument.unknown"])
        }
        let platform: Platform
        if let platformID = start.platformId {
            // Assessing again one of the owner's platforms: its history grows.
            guard let user, let owned = try await Platform.find(platformID, on: database), owned.$user.id == user.id || user.isAdmin else {
                throw Problem.validation(["platformId": "platform.unknown"])
            }
            platform = owned
        } else {
            let details = start.platform ?? PlatformDetails()
            let errors = try await PlatformEditor(database: database).problems(details)
            guard errors.isEmpty else { throw Problem.validation(errors) }
            let new = Platform()
            PlatformEditor(database: database).apply(details, to: new)
            new.$user.id = user?.id
            platform = new
        }
        let (token, tokenHash) = PrivateLink.make()
        let assessment = PlatformAssessment()
        assessment.$instrument.id = try instrument.requireID()
        assessment.tokenHash = tokenHash
        assessment.language = start.language ?? .fi
        try await database.writeTransaction { db in
            if platform.id == nil { try await platform.create(on: db) }
            assessment.$platform.id = try platform.requireID()
            try await assessment.create(on: db)
        }
        // Returned loaded as `find` loads it: a new assessment has no answers or scores yet.
        assessment.$platform.value = platform
        assessment.$instrument.value = instrument
        assessment.$answers.value = []
        assessment.$scores.value = []
        return (assessment, token)
    }

    /// The assessment behind a private link, with its platform, answers and instrument content; 404 for any other secret.
    static func find(token: String, on database: any Database) async throws -> PlatformAssessment {
        guard PrivateLink.isWellFormed(token),
            let found = try await loaded(PlatformAssessment.query(on: database).filter(\.$tokenHash == UserToken.hash(token)), on: database)
        else { throw Problem(status: .notFound, titleKey: "selfAssessment.link.invalid.title", detailKey: "selfAssessment.link.invalid") }
        return found
    }

    /// A published result, loaded like `find`; 404 for one that is not published.
    static func findPublished(_ id: Int, on database: any Database) async throws -> PlatformAssessment {
        guard let found = try await loaded(PlatformAssessment.query(on: database).filter(\.$id == id).filter(\.$published == true), on: database)
        else { throw Problem.notFound() }
        return found
    }

    /// An owner's assessment by id, loaded like `find`; 404 unless `user` owns its platform.
    static func findOwned(_ id: Int, by user: User, on database: any Database) async throws -> PlatformAssessment {
        guard let found = try await loaded(PlatformAssessment.query(on: database).filter(\.$id == id), on: database),
            found.platform.$user.id == user.id || user.isAdmin
        else { throw Problem.notFound() }
        return found
    }

    private static func loaded(_ query: QueryBuilder<PlatformAssessment>, on database: any Database) async throws -> PlatformAssessment? {
        guard let found = try await query.with(\.$platform).with(\.$answers).with(\.$scores).first() else { return nil }
        found.$instrument.value = try await InstrumentLoader.require(found.$instrument.id, includeDrafts: true, on: database)
        return found
    }

    /// Saves answers (new ones added, earlier ones replaced). Each must be for a statement of the assessment's own
    /// version and a level on the scale, or "don't know"; otherwise nothing is saved and each wrong answer is named
    /// (`answers.{statementId}`). A completed assessment is scored again at once.
    func save(_ answers: [AnswerInput], in assessment: PlatformAssessment) async throws {
        let statements = Set(assessment.instrument.orderedStatements.compactMap(\.id))
        var errors: [String: String] = [:]
        for answer in answers {
            let field = "answers.\(answer.statementId)"
            if !statements.contains(answer.statementId) {
                errors[field] = "selfAssessment.answer.otherVersion"
            } else if answer.dontKnow == true, answer.level != nil {
                errors[field] = "selfAssessment.answer.both"
            } else if answer.dontKnow != true {
                guard let level = answer.level else { errors[field] = "selfAssessment.answer.missing"; continue }
                if !InstrumentContent.levels.contains(level) { errors[field] = "selfAssessment.answer.outOfScale" }
            }
        }
        if Set(answers.map(\.statementId)).count != answers.count { errors["answers"] = "selfAssessment.answer.twice" }
        guard errors.isEmpty else { throw Problem.validation(errors) }
        let assessmentID = try assessment.requireID()
        let byStatement = Dictionary(uniqueKeysWithValues: assessment.answers.map { ($0.$statement.id, $0) })
        let desk = self
        try await database.writeTransaction { db in
            for input in answers {
                let answer = byStatement[input.statementId] ?? SelfAssessmentAnswer()
                answer.$assessment.id = assessmentID
                answer.$statement.id = input.statementId
                answer.level = input.dontKnow == true ? nil : input.level
                try await answer.save(on: db)
            }
            // The assessment's own row changes only in its time: set it, so that the save is not skipped as a no-op.
            assessment.updatedAt = desk.now
            try await assessment.save(on: db)
            if assessment.status == .completed {
                let all = try await SelfAssessmentAnswer.query(on: db).filter(\.$assessment.$id == assessmentID).all()
                try await desk.score(assessment, answers: all, on: db)
            }
        }
        assessment.$answers.value = try await SelfAssessmentAnswer.query(on: database).filter(\.$assessment.$id == assessmentID).all()
        assessment.$scores.value = try await DimensionScore.query(on: database).filter(\.$assessment.$id == assessmentID).all()
    }

    /// Completes the assessment once every statement has an answer (a level or "don't know"): scores it, and makes it
    /// the platform's current result under its version. Unanswered statements are a 422 naming each (`answers.{id}`).
    func complete(_ assessment: PlatformAssessment) async throws {
        let answered = Set(assessment.answers.map(\.$statement.id))
        let missing = assessment.instrument.orderedStatements.compactMap(\.id).filter { !answered.contains($0) }
        guard missing.isEmpty else {
            throw Problem.validation(Dictionary(uniqueKeysWithValues: missing.map { ("answers.\($0)", "selfAssessment.answer.missing") }))
        }
        guard assessment.status == .draft else { return }
        let desk = self
        try await database.writeTransaction { db in
            assessment.status = .completed
            assessment.completedAt = desk.now
            try await desk.score(assessment, answers: assessment.answers, on: db)
        }
        assessment.$scores.value = try await DimensionScore.query(on: database).filter(\.$assessment.$id == assessment.requireID()).all()
    }

    /// Writes the dimension scores and the overall score, and makes this the platform's current assessment under the
    /// version: the platform's earlier results stay in its history but no longer count among peers.
    private func score(_ assessment: PlatformAssessment, answers: [SelfAssessmentAnswer], on db: any Database) async throws {
        let assessmentID = try assessment.requireID()
        let instrumentID = assessment.$instrument.id
        let levels = Dictionary(uniqueKeysWithValues: answers.map { ($0.$statement.id, $0.level) })
        let results = Scoring.score(
            dimensions: assessment.instrument.orderedDimensions.map { ($0.id ?? 0, $0.orderedStatements.compactMap(\.id)) },
            answers: levels)
        // Completions of one platform line up on its row (PostgreSQL holds the lock until commit; SQLite writers queue
        // anyway), so two at once cannot both take the same earlier result out of the counts.
        try await db.sql.raw("UPDATE sa_platforms SET id = id WHERE id = \(bind: assessment.$platform.id)").run()
        // What stops counting among peers: the platform's earlier current result, and this one's own earlier scores.
        let earlier = try await PlatformAssessment.query(on: db).filter(\.$platform.$id == assessment.$platform.id)
            .filter(\.$instrument.$id == instrumentID).filter(\.$current == true).with(\.$scores).all()
        var changes = ScoreCounts.Changes()
        for old in earlier {
            for key in ScoreCounts.contribution(scores: old.scores.map { ($0.$dimension.id, $0.score) }, overall: old.overall) {
                changes[key, default: 0] -= 1
            }
        }
        let superseded = earlier.compactMap(\.id).filter { $0 != assessmentID }
        if !superseded.isEmpty {
            try await PlatformAssessment.query(on: db).filter(\.$id ~~ superseded).set(\.$current, to: false).update()
            try await DimensionScore.query(on: db).filter(\.$assessment.$id ~~ superseded).set(\.$current, to: false).update()
        }
        try await DimensionScore.query(on: db).filter(\.$assessment.$id == assessmentID).delete()
        let scores = results.compactMap { result -> DimensionScore? in
            guard let value = result.score else { return nil }
            let score = DimensionScore()
            score.$assessment.id = assessmentID
            score.$instrument.id = instrumentID
            score.$dimension.id = result.dimensionID
            score.current = true
            score.score = value
            score.known = result.known
            return score
        }
        try await scores.create(on: db)
        for key in ScoreCounts.contribution(scores: scores.map { ($0.$dimension.id, $0.score) }, overall: Scoring.overall(results)) {
            changes[key, default: 0] += 1
        }
        try await ScoreCounts.apply(changes, instrumentID: instrumentID, on: db)
        assessment.overall = Scoring.overall(results)
        assessment.current = true
        try await assessment.save(on: db)
    }

    /// Publishes or withdraws a completed result. Publishing needs the owner organisation's consent (422 without it).
    func publish(_ assessment: PlatformAssessment, _ input: PublicationInput) async throws {
        if input.published {
            guard assessment.status == .completed else {
                throw Problem.conflict(detailKey: "selfAssessment.publish.notCompleted")
            }
            guard input.ownerConsent == true else { throw Problem.validation(["ownerConsent": "selfAssessment.publish.consent"]) }
            if !assessment.published { assessment.publishedAt = now }
        } else {
            assessment.publishedAt = nil
        }
        assessment.published = input.published
        try await assessment.save(on: database)
    }

    /// A signed-in visitor takes an anonymous assessment's platform into their platforms (once; nobody else's).
    func keep(_ assessment: PlatformAssessment, for user: User) async throws {
        let platform = assessment.platform
        guard platform.$user.id == nil || platform.$user.id == user.id else {
            throw Problem.conflict(detailKey: "platform.kept.other")
        }
        platform.$user.id = user.id
        try await platform.save(on: database)
    }

    /// A fresh private link for an owner's assessment (the old one stops working): how a signed-in owner gets back
    /// into a draft or a result, since only the link's hash is stored.
    func renewLink(_ assessment: PlatformAssessment) async throws -> String {
        let (token, tokenHash) = PrivateLink.make()
        assessment.tokenHash = tokenHash
        try await assessment.save(on: database)
        return token
    }
}
