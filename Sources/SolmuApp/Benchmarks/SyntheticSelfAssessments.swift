import Fluent
import Foundation
import SQLKit
import Vapor

/// Synthetic completed self-assessments for the peer-comparison and aggregates benchmark: `count` platforms in
/// municipalities all over Finland, each assessed once under the newest questionnaire version with every statement
/// answered (about one in ten "don't know"), and their dimension scores computed with `Scoring` as the desk computes
/// them. Rows go in with multi-row INSERTs. Deterministic for a seed. Then one real assessment through
/// `SelfAssessmentDesk`, whose private link the benchmark reads, and an admin's API token for the aggregates.
struct SyntheticSelfAssessments {
    let database: any Database
    var batchSize = 500

    struct Result {
        var assessments: Int
        var answers: Int
        var token: String
        var adminToken: String
        var seconds: Double
    }

    func fill(count: Int, seed: UInt64 = 11) async throws -> Result {
        let started = Date()
        var random = SyntheticAtlas.Random(state: seed)
        guard let instrument = try await InstrumentLoader.latestPublished(on: database) else {
            throw Abort(.internalServerError, reason: "no questionnaire")
        }
        let instrumentID = try instrument.requireID()
        let dimensions = instrument.orderedDimensions.map { (id: $0.id ?? 0, statementIDs: $0.orderedStatements.compactMap(\.id)) }
        let municipalities = try await Municipality.query(on: database).all().compactMap(\.id)
        let kinds = Platform.Kind.allCases.map(\.rawValue)
        let stamp = Int(started.timeIntervalSince1970)
        var answers = 0
        for batchStart in stride(from: 0, to: count, by: batchSize) {
            let size = min(batchSize, count - batchStart)
            var platformRows: [SQLQueryString] = []
            // Each platform has a maturity of its own; its statements scatter around it.
            var levels: [[Int: Int?]] = []
            for index in batchStart..<(batchStart + size) {
                platformRows.append(
                    "(\(bind: "Synteettinen alusta \(index)"), \(bind: kinds.randomElement(using: &random)!), \(bind: municipalities.randomElement(using: &random)!), \(bind: started))"
                )
                let maturity = Double(random.next() % 400) / 100
                var given: [Int: Int?] = [:]
                for dimension in dimensions {
                    let leaning = Double(Int(random.next() % 200) - 100) / 100
                    for statement in dimension.statementIDs {
                        if random.next() % 10 == 0 { given[statement] = .some(nil); continue }
                        let noise = Double(Int(random.next() % 200) - 100) / 100
                        given[statement] = .some(max(0, min(4, Int((maturity + leaning + noise).rounded()))))
                    }
                }
                levels.append(given)
            }
            let (platforms, given) = (platformRows, levels)
            answers += try await database.writeTransaction { db -> Int in
                let sql = db.sql
                var insertPlatforms: SQLQueryString = "INSERT INTO sa_platforms (name, kind, municipality_code, created_at) VALUES "
                insertPlatforms.appendInterpolation(SQLList(platforms.map { $0 as any SQLExpression }))
                insertPlatforms.appendLiteral(" RETURNING id")
                let platformIDs = try await sql.raw(insertPlatforms).all().map { try $0.decode(column: "id", as: Int.self) }
                var assessmentRows: [SQLQueryString] = []
                for (offset, platformID) in platformIDs.enumerated() {
                    let overall = Scoring.overall(Scoring.score(dimensions: dimensions, answers: given[offset]))
                    let token = "synthetic-\(seed)-\(stamp)-\(batchStart + offset)"
                    assessmentRows.append(
                        "(\(unsafeRaw: "\(instrumentID)"), \(unsafeRaw: "\(platformID)"), \(bind: UserToken.hash(token)), 'completed', \(bind: started), \(bind: true), \(bind: overall), \(bind: false), 'fi', \(bind: started), \(bind: started))"
                    )
                }
                var insertAssessments: SQLQueryString =
                    "INSERT INTO sa_assessments (instrument_id, platform_id, token_hash, status, completed_at, current, overall, published, language, created_at, updated_at) VALUES "
                insertAssessments.appendInterpolation(SQLList(assessmentRows.map { $0 as any SQLExpression }))
                insertAssessments.appendLiteral(" RETURNING id")
                let assessmentIDs = try await sql.raw(insertAssessments).all().map { try $0.decode(column: "id", as: Int.self) }
                var answerRows: [SQLQueryString] = []
                var scoreRows: [SQLQueryString] = []
                for (assessmentID, levels) in zip(assessmentIDs, given) {
                    for (statement, level) in levels {
                        answerRows.append(
                            "(\(unsafeRaw: "\(assessmentID)"), \(unsafeRaw: "\(statement)"), \(unsafeRaw: level.map(String.init) ?? "NULL"))")
                    }
                    for result in Scoring.score(dimensions: dimensions, answers: levels) {
                        guard let score = result.score else { continue }
                        scoreRows.append(
                            "(\(unsafeRaw: "\(assessmentID)"), \(unsafeRaw: "\(instrumentID)"), \(unsafeRaw: "\(result.dimensionID)"), \(bind: true), \(unsafeRaw: "\(score)"), \(unsafeRaw: "\(result.known)"))"
                        )
                    }
                }
                for start in stride(from: 0, to: answerRows.count, by: 2_000) {
                    var insert: SQLQueryString = "INSERT INTO sa_answers (assessment_id, statement_id, level) VALUES "
                    insert.appendInterpolation(SQLList(answerRows[start..<min(start + 2_000, answerRows.count)].map { $0 as any SQLExpression }))
                    try await sql.raw(insert).run()
                }
                for start in stride(from: 0, to: scoreRows.count, by: 1_000) {
                    var insert: SQLQueryString =
                        "INSERT INTO sa_dimension_scores (assessment_id, instrument_id, dimension_id, current, score, known) VALUES "
                    insert.appendInterpolation(SQLList(scoreRows[start..<min(start + 1_000, scoreRows.count)].map { $0 as any SQLExpression }))
                    try await sql.raw(insert).run()
                }
                return answerRows.count
            }
        }
        try await ScoreCounts.rebuild(instrumentID: instrumentID, on: database)
        // The assessment the benchmark reads, made the way a visitor makes one.
        let desk = SelfAssessmentDesk(database: database)
        let (_, token) = try await desk.start(
            SelfAssessmentStart(platform: PlatformDetails(name: "Mitattava alusta", kind: .livingLab, municipalityCode: "837")), user: nil)
        let assessment = try await SelfAssessmentDesk.find(token: token, on: database)
        try await desk.save(instrument.orderedStatements.enumerated().map { AnswerInput(statementId: $1.id ?? 0, level: $0 % 5) }, in: assessment)
        try await desk.complete(assessment)
        let admin = User(
            email: "admin-\(stamp)@synthetic.example", name: "Synteettinen ylläpitäjä", passwordHash: try Bcrypt.hash("synthetic-\(seed)", cost: 4),
            role: .admin)
        try await admin.create(on: database)
        let (adminToken, plain) = try UserToken.generate(for: admin, label: "benchmark")
        try await adminToken.create(on: database)
        let sql = database.sql
        if sql.dialect.name == "postgresql" { try await sql.raw("VACUUM ANALYZE").run() } else { try await sql.raw("ANALYZE").run() }
        return Result(assessments: count, answers: answers, token: token, adminToken: plain, seconds: Date().timeIntervalSince(started))
    }
}
