import Fluent
import Foundation
import SQLKit
import Vapor

/// A synthetic call for the ranking benchmark: `applications` submitted applications (three partners and a work
/// package each) in a call with four criteria, every one assessed and submitted by each of `reviewers` reviewers,
/// with the weighted totals kept as `ReviewEditor` keeps them. Rows go in with multi-row INSERTs. Deterministic.
struct SyntheticCall {
    let database: any Database
    var batchSize = 500

    struct Result {
        var callID: Int
        var applications: Int
        var assessments: Int
        var officeToken: String
        var seconds: Double
    }

    func fill(applications: Int, reviewers: Int, seed: UInt64 = 7) async throws -> Result {
        let started = Date()
        var random = SyntheticAtlas.Random(state: seed)
        let sql = database.sql
        if try await Organization.query(on: database).count() < 500 {
            _ = try await SyntheticAtlas(database: database).fill(count: 2_000, seed: seed)
        }
        let organizationIDs = try await Organization.query(on: database).field(\.$id).limit(5_000).all().compactMap(\.id)
        let coordinator = organizationIDs[0]
        let programme = Programme()
        try await ProgrammeEditor(database: database).save(
            ProgrammeInput(
                name: "Synteettinen hakuohjelma \(seed)-\(Int(started.timeIntervalSince1970))", coordinatorId: coordinator, minMemberCities: 2,
                memberCities: Array(organizationIDs.prefix(6))), into: programme)
        let programmeID = try programme.requireID()
        let call = Call()
        try await CallEditor(database: database).save(
            CallInput(
                number: 1, title: LocalizedText(fi: "Synteettinen haku"), opensAt: "2026-01-05T09:00", closesAt: "2026-03-30T16:00", published: true),
            into: call, programme: try await ProgrammeLoader.require(programmeID, on: database))
        call.$criteria.value = []
        let callID = try call.requireID()
        var criteria: [CallCriterion] = []
        for (index, weight) in [40, 30, 20, 10].enumerated() {
            let criterion = CallCriterion()
            try await CallEditor(database: database).saveCriterion(
                CriterionInput(
                    order: index + 1, name: LocalizedText(fi: "Kriteeri \(index + 1)"), weight: weight,
                    scaleMin: 0, scaleMax: 5), call: call, into: criterion)
            criteria.append(criterion)
        }
        // The office (to read the ranking) and the reviewers.
        let hash = try Bcrypt.hash("synthetic-\(seed)", cost: 4)
        let office = User(email: "office-\(callID)@synthetic.example", name: "Synteettinen toimisto", passwordHash: hash, role: .editor)
        office.$organization.id = coordinator
        try await office.create(on: database)
        let (token, plain) = try UserToken.generate(for: office, label: "benchmark")
        try await token.create(on: database)
        var reviewerIDs: [UUID] = []
        for index in 0..<reviewers {
            let reviewer = User(email: "reviewer-\(callID)-\(index)@synthetic.example", name: "Arvioija \(index)", passwordHash: hash, role: .editor)
            try await reviewer.create(on: database)
            reviewerIDs.append(try reviewer.requireID())
        }

        var written = 0
        for batchStart in stride(from: 0, to: applications, by: batchSize) {
            let size = min(batchSize, applications - batchStart)
            var rows: [SQLQueryString] = []
            for index in batchStart..<(batchStart + size) {
                rows.append(
                    "(\(bind: callID), \(bind: "eligible"), \(bind: 3), \(bind: "Hakemus \(index) \(SyntheticAtlas.firstSyllables.randomElement(using: &random)!)"), \(bind: "Tiivistelmä"), \(bind: "Tavoitteet"), \(bind: started), \(bind: started), \(bind: started))"
                )
            }
            let batch = rows
            let ids = try await database.writeTransaction { db -> [Int] in
                var insert: SQLQueryString =
                    "INSERT INTO applications (call_id, state, version, title, summary, objectives, submitted_at, created_at, updated_at) VALUES "
                insert.appendInterpolation(SQLList(batch.map { $0 as any SQLExpression }))
                insert.appendLiteral(" RETURNING id")
                return try await db.sql.raw(insert).all().map { try $0.decode(column: "id", as: Int.self) }
            }
            var partners: [SQLQueryString] = [], packages: [SQLQueryString] = [], assessments: [SQLQueryString] = []
            var scoresByAssessment: [[Int]] = []
            for id in ids {
                var chosen: [Int] = []
                while chosen.count < 3 { let o = organizationIDs.randomElement(using: &random)!; if !chosen.contains(o) { chosen.append(o) } }
                for (position, organization) in chosen.enumerated() {
                    partners.append(
                        "(\(bind: id), \(bind: organization), \(bind: position == 0 ? "lead" : "coApplicant"), \(bind: Int64(40_000_00)), \(bind: Int64(28_000_00)))"
                    )
                }
                packages.append("(\(bind: id), \(bind: 1), \(bind: "Toteutus"), \(bind: chosen[0]))")
                let quality = Int.random(in: 0...5, using: &random)
                for reviewer in reviewerIDs {
                    let scores = criteria.map { _ in max(0, min(5, quality + Int.random(in: -1...1, using: &random))) }
                    let total = WeightedScore.total(
                        criteria: criteria, scores: Dictionary(uniqueKeysWithValues: zip(criteria.compactMap(\.id), scores)))!
                    assessments.append(
                        "(\(bind: id), \(bind: reviewer), \(bind: "submitted"), \(bind: 2), \(bind: started), \(bind: started), \(bind: total), \(bind: started))"
                    )
                    scoresByAssessment.append(scores)
                }
            }
            let (partnerRows, packageRows, assessmentRows, scoreSets) = (partners, packages, assessments, scoresByAssessment)
            let criterionIDs = criteria.compactMap(\.id)
            try await database.writeTransaction { db in
                let sql = db.sql
                var insertPartners: SQLQueryString =
                    "INSERT INTO application_partners (application_id, organization_id, role, budget_cents, requested_cents) VALUES "
                insertPartners.appendInterpolation(SQLList(partnerRows.map { $0 as any SQLExpression }))
                try await sql.raw(insertPartners).run()
                var insertPackages: SQLQueryString = "INSERT INTO application_work_packages (application_id, number, title, responsible_id) VALUES "
                insertPackages.appendInterpolation(SQLList(packageRows.map { $0 as any SQLExpression }))
                try await sql.raw(insertPackages).run()
                var insertAssessments: SQLQueryString =
                    "INSERT INTO assessments (application_id, reviewer_id, state, version, declared_at, submitted_at, total, created_at) VALUES "
                insertAssessments.appendInterpolation(SQLList(assessmentRows.map { $0 as any SQLExpression }))
                insertAssessments.appendLiteral(" RETURNING id")
                let assessmentIDs = try await sql.raw(insertAssessments).all().map { try $0.decode(column: "id", as: Int.self) }
                var scoreRows: [SQLQueryString] = []
                for (assessment, scores) in zip(assessmentIDs, scoreSets) {
                    for (criterion, score) in zip(criterionIDs, scores) {
                        scoreRows.append("(\(bind: assessment), \(bind: criterion), \(bind: score))")
                    }
                }
                for start in stride(from: 0, to: scoreRows.count, by: 1_000) {
                    var insertScores: SQLQueryString = "INSERT INTO assessment_scores (assessment_id, criterion_id, score) VALUES "
                    insertScores.appendInterpolation(SQLList(scoreRows[start..<min(start + 1_000, scoreRows.count)].map { $0 as any SQLExpression }))
                    try await sql.raw(insertScores).run()
                }
            }
            written += ids.count
        }
        try await sql.raw(sql.dialect.name == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE").run()
        return Result(
            callID: callID, applications: written, assessments: written * reviewers, officeToken: plain, seconds: Date().timeIntervalSince(started))
    }
}
