import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// Helpers for self-assessment tests: the shipped questionnaire's statements by dimension, and assessments
/// started, answered and completed through the API as an assessor would.
struct SelfAssessmentFixture {
    let app: Application
    let anonymous: TestClient
    let instrumentID: Int
    /// Dimension key → its statement ids in order.
    let statements: [(dimension: String, ids: [Int])]

    var allStatementIDs: [Int] { statements.flatMap(\.ids) }

    static func make(_ app: Application) async throws -> SelfAssessmentFixture {
        let anonymous = TestClient(app)
        let list = try await anonymous.get("/api/v1/self-assessment/instruments")
        let id = try #require(list.items.first?["id"] as? Int, "\(list.body)")
        let content = try await anonymous.get("/api/v1/self-assessment/instruments/\(id)")
        let dimensions = try #require(content.object["dimensions"] as? [[String: Any]])
        return SelfAssessmentFixture(
            app: app, anonymous: anonymous, instrumentID: id,
            statements: dimensions.map { dimension in
                (dimension["key"] as? String ?? "", (dimension["statements"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int })
            })
    }

    /// Starts an assessment of a new platform; returns its private link's secret.
    func start(_ name: String, by client: TestClient? = nil, municipality: String? = nil, instrument: Int? = nil) async throws -> String {
        var platform: [String: Any] = ["name": name, "kind": "livingLab"]
        if let municipality { platform["municipalityCode"] = municipality }
        var body: [String: Any] = ["platform": platform]
        if let instrument { body["instrumentId"] = instrument }
        let started = try await (client ?? anonymous).json(.POST, "/api/v1/self-assessment/assessments", body)
        #expect(started.status == .created, "\(started.body)")
        return try #require(started.object["token"] as? String, "\(started.body)")
    }

    /// Answers every statement of dimension `key` with `levels` in order (nil = don't know; the last level repeats).
    func answers(_ key: String, _ levels: [Int?]) -> [[String: Any]] {
        let ids = statements.first { $0.dimension == key }?.ids ?? []
        return ids.enumerated().map { index, id in
            let level = levels.isEmpty ? nil : levels[min(index, levels.count - 1)]
            return level.map { ["statementId": id, "level": $0] } ?? ["statementId": id, "dontKnow": true]
        }
    }

    /// Answers every statement with `level` and completes; returns the result.
    @discardableResult
    func complete(_ token: String, level: Int? = 2, overrides: [String: [Int?]] = [:]) async throws -> TestClient.Reply {
        let answers = statements.flatMap { dimension in self.answers(dimension.dimension, overrides[dimension.dimension] ?? [level]) }
        let saved = try await anonymous.json(.PATCH, "/api/v1/self-assessment/assessments/\(token)", ["answers": answers])
        #expect(saved.status == .ok, "\(saved.body)")
        let completed = try await anonymous.json(.POST, "/api/v1/self-assessment/assessments/\(token)/complete", [String: Any]())
        #expect(completed.status == .ok, "\(completed.body)")
        return completed
    }

    /// Whether the kept counts per score (what peer comparisons read) equal the counts of the current scores themselves.
    func countsAgree() async throws -> Bool {
        let group = PeerGroup(instrumentID: instrumentID)
        let kept = try await group.snapshot(on: app.db)
        let counted = try await group.countedDistributions(on: app.db)
        let keptOverall = kept.overall
        let countedOverall = Distribution(
            scores: try await PlatformAssessment.query(on: app.db).filter(\.$instrument.$id == instrumentID)
                .filter(\.$current == true).all().compactMap(\.overall))
        return kept.dimensions == counted && keptOverall == countedOverall
    }

    static func dimension(_ result: TestClient.Reply, _ key: String) -> [String: Any] {
        (result.object["dimensions"] as? [[String: Any]] ?? []).first { $0["key"] as? String == key } ?? [:]
    }
}
