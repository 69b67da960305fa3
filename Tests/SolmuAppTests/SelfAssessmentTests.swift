import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("Self-assessment of innovation platforms: scoring, peers, versions, privacy, owners, aggregates")
struct SelfAssessmentTests {
    @Test("Scores on known answers: 'don't know' is left out, an all-'don't know' dimension is not scored, advice goes to the weak dimensions")
    func scoringOnKnownAnswers() async throws {
        try await withSolmu { app in
            let f = try await SelfAssessmentFixture.make(app)
            #expect(f.statements.count == 8)
            #expect(f.allStatementIDs.count == 42)
            let token = try await f.start("Hervannan testbed", municipality: "837")
            // Half done: completing is refused, naming every statement still unanswered; what was saved stays.
            let saved = try await f.anonymous.json(.PATCH, "/api/v1/self-assessment/assessments/\(token)", ["answers": f.answers("ownership", [4])])
            #expect(saved.object["answered"] as? Int == 5)
            let early = try await f.anonymous.json(.POST, "/api/v1/self-assessment/assessments/\(token)/complete", [String: Any]())
            #expect(early.status == .unprocessableEntity)
            #expect(EventFixture.fields(early).count == 37)
            #expect(try await f.anonymous.get("/api/v1/self-assessment/assessments/\(token)/result").status == .conflict)

            let result = try await f.complete(
                token, level: 2,
                overrides: [
                    "ownership": [4], "lifecycle": [0, 1, 2, nil, nil], "usability": [nil], "international": [3, 4],
                ])
            func score(_ key: String) -> Double? { SelfAssessmentFixture.dimension(result, key)["score"] as? Double }
            #expect(score("ownership") == 4)
            #expect(score("lifecycle") == 1)
            #expect(SelfAssessmentFixture.dimension(result, "lifecycle")["known"] as? Int == 3)
            #expect(score("usability") == nil)
            #expect(SelfAssessmentFixture.dimension(result, "usability")["known"] as? Int == 0)
            #expect(score("international") == 3.8)
            #expect(score("impact") == 2)
            // (4 + 1 + 2 + 2 + 3.8 + 2 + 2) / 7 scored dimensions
            #expect(result.object["overall"] as? Double == 2.4)
            #expect(result.object["strongest"] as? [String] == ["ownership"])
            #expect(result.object["weakest"] as? [String] == ["lifecycle"])
            let advised = (result.object["advice"] as? [[String: Any]] ?? []).compactMap { $0["dimension"] as? String }
            #expect(advised.first == "lifecycle")
            #expect(Set(advised) == ["lifecycle", "attractiveness", "visibility", "responsibility", "impact"])
            #expect(((result.object["advice"] as? [[String: Any]])?.first?["items"] as? [Any])?.isEmpty == false)
            #expect(result.object["peerCount"] as? Int == 0)
            #expect(result.object["peersShown"] as? Bool == false)
        }
    }

    @Test("Peers: quartiles of the others who took the same version, shown from five peers up, each platform once")
    func peersAndThreshold() async throws {
        try await withSolmu { app in
            let f = try await SelfAssessmentFixture.make(app)
            var tokens: [String] = []
            for level in 0...4 {
                let token = try await f.start("Alusta \(level)")
                let result = try await f.complete(token, level: level)
                #expect(result.object["peerCount"] as? Int == level)
                #expect(result.object["peersShown"] as? Bool == false)
                #expect(SelfAssessmentFixture.dimension(result, "usability")["peers"] == nil)
                tokens.append(token)
            }
            // The sixth sees five peers scoring 0, 1, 2, 3 and 4 in every dimension.
            let sixth = try await f.complete(try await f.start("Alusta 5"), level: 2)
            #expect(sixth.object["peerCount"] as? Int == 5)
            #expect(sixth.object["peersShown"] as? Bool == true)
            let peers = SelfAssessmentFixture.dimension(sixth, "usability")["peers"] as? [String: Double]
            #expect(peers == ["lower": 1, "median": 2, "upper": 3])
            #expect(sixth.object["overallPeers"] as? [String: Double] == ["lower": 1, "median": 2, "upper": 3])
            // The first now has five peers too: 1, 2, 2, 3, 4 (itself left out).
            let first = try await f.anonymous.get("/api/v1/self-assessment/assessments/\(tokens[0])/result")
            #expect(first.object["peerCount"] as? Int == 5)
            #expect(SelfAssessmentFixture.dimension(first, "impact")["peers"] as? [String: Double] == ["lower": 2, "median": 2, "upper": 3])
            // Interpolated quartiles: with a seventh at 3.5 the first's peers are 1, 2, 2, 3, 3.5, 4 → 2, 2.5, 3.375.
            let seventh = try await f.start("Alusta 6")
            try await f.complete(seventh, level: nil, overrides: ["ownership": [3, 4, nil]])
            let again = try await f.anonymous.get("/api/v1/self-assessment/assessments/\(tokens[0])/result")
            #expect(SelfAssessmentFixture.dimension(again, "impact")["peers"] as? [String: Double] == ["lower": 2, "median": 2, "upper": 3])
            #expect(again.object["peerCount"] as? Int == 6)
            let ownershipPeers = SelfAssessmentFixture.dimension(again, "ownership")["peers"] as? [String: Double]
            #expect(ownershipPeers == ["lower": 2, "median": 2.5, "upper": 3.375], "\(String(describing: ownershipPeers))")
            // A completed result's answers changed: it is scored again, and the peers' counts follow.
            #expect(try await f.countsAgree())
            let changed = try await f.anonymous.json(
                .PATCH, "/api/v1/self-assessment/assessments/\(tokens[4])", ["answers": f.answers("impact", [0])])
            #expect(changed.status == .ok)
            #expect(try await f.countsAgree())
            let afterChange = try await f.anonymous.get("/api/v1/self-assessment/assessments/\(tokens[0])/result")
            #expect(
                SelfAssessmentFixture.dimension(afterChange, "impact")["peers"] as? [String: Double] == ["lower": 1, "median": 2, "upper": 2],
                "\(SelfAssessmentFixture.dimension(afterChange, "impact"))")
        }
    }

    @Test("Completions at once keep the peers' counts exact: ten platforms together, one result re-scored five times together")
    func concurrentCompletions() async throws {
        try await withSolmu { app in
            let f = try await SelfAssessmentFixture.make(app)
            var started: [String] = []
            for index in 0..<10 { started.append(try await f.start("Rinnakkainen \(index)")) }
            let tokens = started
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, token) in tokens.enumerated() { group.addTask { try await f.complete(token, level: index % 5) } }
                try await group.waitForAll()
            }
            #expect(try await f.countsAgree())
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for level in 0...4 {
                    group.addTask {
                        Int(
                            try await f.anonymous.json(
                                .PATCH, "/api/v1/self-assessment/assessments/\(tokens[0])", ["answers": f.answers("usability", [level])]
                            ).status.code)
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses == [200, 200, 200, 200, 200])
            #expect(try await f.countsAgree())
            let result = try await f.anonymous.get("/api/v1/self-assessment/assessments/\(tokens[1])/result")
            #expect(result.object["peerCount"] as? Int == 9)
        }
    }

    @Test("A new version is a draft until published; old answers keep their version; answers for another version's statements are refused")
    func versioning() async throws {
        try await withSolmu { app in
            let f = try await SelfAssessmentFixture.make(app)
            let admin = TestClient(app)
            admin.bearer = try await makeToken(app, for: try await makeUser(app, email: "admin@example.fi", role: .admin))
            let editor = TestClient(app)
            editor.bearer = try await makeToken(app, for: try await makeUser(app))
            let old = try await f.start("Vanha alusta")
            try await f.complete(old, level: 3)

            #expect(
                try await f.anonymous.json(.POST, "/api/v1/self-assessment/instruments/\(f.instrumentID)/versions", [String: Any]()).status
                    == .unauthorized)
            #expect(
                try await editor.json(.POST, "/api/v1/self-assessment/instruments/\(f.instrumentID)/versions", [String: Any]()).status == .forbidden)
            let copied = try await admin.json(.POST, "/api/v1/self-assessment/instruments/\(f.instrumentID)/versions", [String: Any]())
            #expect(copied.status == .created, "\(copied.body)")
            #expect(copied.object["version"] as? Int == 2)
            #expect(copied.object["published"] as? Bool == false)
            let draftID = try #require(copied.object["id"] as? Int)
            // A draft is the admins' alone, and cannot be answered.
            #expect(try await f.anonymous.get("/api/v1/self-assessment/instruments/\(draftID)").status == .notFound)
            let onDraft = try await f.anonymous.json(
                .POST, "/api/v1/self-assessment/assessments", ["platform": ["name": "X", "kind": "other"], "instrumentId": draftID] as [String: Any])
            #expect(onDraft.status == .unprocessableEntity)
            #expect(EventFixture.fields(onDraft) == ["instrumentId"])
            #expect(
                EventFixture.fields(
                    try await f.anonymous.json(
                        .POST, "/api/v1/self-assessment/assessments",
                        ["platform": ["name": "X", "kind": "other"], "instrumentId": 9999] as [String: Any])) == ["instrumentId"])

            // The admin drops a statement and rewords another; a text missing a language is refused.
            var content = copied.object
            var dimensions = try #require(content["dimensions"] as? [[String: Any]])
            var statements = try #require(dimensions[0]["statements"] as? [[String: Any]])
            statements.removeLast()
            statements[0]["text"] = ["fi": "Alustalla on omistaja.", "sv": "Plattformen har en ägare.", "en": "The platform has an owner."]
            dimensions[0]["statements"] = statements
            content["dimensions"] = dimensions
            var broken = dimensions
            var brokenStatements = statements
            brokenStatements[0]["text"] = ["fi": "Vain suomeksi"]
            broken[0]["statements"] = brokenStatements
            let refused = try await admin.json(
                .PUT, "/api/v1/self-assessment/instruments/\(draftID)/content", content.merging(["dimensions": broken]) { $1 })
            #expect(refused.status == .unprocessableEntity)
            #expect(EventFixture.fields(refused) == ["dimensions[0].statements[0].text"])
            let replaced = try await admin.json(.PUT, "/api/v1/self-assessment/instruments/\(draftID)/content", content)
            #expect(replaced.status == .ok, "\(replaced.body)")
            #expect(try await admin.json(.POST, "/api/v1/self-assessment/instruments/\(draftID)/publish", [String: Any]()).status == .ok)
            #expect(try await admin.json(.PUT, "/api/v1/self-assessment/instruments/\(draftID)/content", content).status == .conflict)
            #expect(try await admin.json(.POST, "/api/v1/self-assessment/instruments/\(draftID)/publish", [String: Any]()).status == .conflict)

            // New assessments take the new version; the old one keeps version 1 and its 42 answers.
            let new = try await f.start("Uusi alusta")
            let newAssessment = try await f.anonymous.get("/api/v1/self-assessment/assessments/\(new)")
            #expect(newAssessment.object["instrumentVersion"] as? Int == 2)
            #expect(newAssessment.object["statements"] as? Int == 41)
            let oldAssessment = try await f.anonymous.get("/api/v1/self-assessment/assessments/\(old)")
            #expect(oldAssessment.object["instrumentVersion"] as? Int == 1)
            #expect(oldAssessment.object["answered"] as? Int == 42)
            let v2 = try await f.anonymous.get("/api/v1/self-assessment/instruments/\(draftID)")
            let v2Statement = try #require((((v2.object["dimensions"] as? [[String: Any]])?[0]["statements"]) as? [[String: Any]])?[0]["id"] as? Int)
            let wrongVersion = try await f.anonymous.json(
                .PATCH, "/api/v1/self-assessment/assessments/\(old)",
                ["answers": [["statementId": v2Statement, "level": 1], ["statementId": f.allStatementIDs[0], "level": 0]]])
            #expect(wrongVersion.status == .unprocessableEntity)
            #expect(EventFixture.fields(wrongVersion) == ["answers.\(v2Statement)"])
            // Nothing of the refused answers was saved: the first statement still has level 3.
            let unchanged = try await f.anonymous.get("/api/v1/self-assessment/assessments/\(old)")
            #expect(
                (unchanged.object["answers"] as? [[String: Any]])?.first { $0["statementId"] as? Int == f.allStatementIDs[0] }?["level"] as? Int == 3)
            // Peers are counted within a version only.
            let result = try await f.anonymous.json(
                .PATCH, "/api/v1/self-assessment/assessments/\(new)", ["answers": [["statementId": v2Statement, "level": 4]]])
            #expect(result.status == .ok)
            #expect(try await f.anonymous.get("/api/v1/self-assessment/instruments").total == 2)
        }
    }

    @Test("Results are private until published with the owner's consent; links cannot be guessed; bad answers are refused whole")
    func privacyAndBadInput() async throws {
        try await withSolmu { app in
            let f = try await SelfAssessmentFixture.make(app)
            let token = try await f.start("Yksityinen alusta")
            let draft = try await f.anonymous.json(
                .PUT, "/api/v1/self-assessment/assessments/\(token)/publication", ["published": true, "ownerConsent": true])
            #expect(draft.status == .conflict)
            let bad = try await f.anonymous.json(
                .PATCH, "/api/v1/self-assessment/assessments/\(token)",
                [
                    "answers": [
                        ["statementId": f.allStatementIDs[0], "level": 5], ["statementId": f.allStatementIDs[1], "level": -1],
                        ["statementId": f.allStatementIDs[2], "level": 2, "dontKnow": true], ["statementId": f.allStatementIDs[3]],
                        ["statementId": f.allStatementIDs[4], "level": 2],
                    ]
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.contentType.hasPrefix("application/problem+json"))
            #expect(EventFixture.fields(bad) == Set(f.allStatementIDs[0...3].map { "answers.\($0)" }))
            #expect(try await f.anonymous.get("/api/v1/self-assessment/assessments/\(token)").object["answered"] as? Int == 0)

            let result = try await f.complete(token, level: 1)
            let id = try #require(result.object["assessmentId"] as? Int)
            #expect(try await f.anonymous.get("/api/v1/self-assessment/results/\(id)").status == .notFound)
            #expect(try await f.anonymous.get("/fi/self-assessment/results/\(id)").status == .notFound)
            #expect(try await f.anonymous.get("/api/v1/self-assessment/results").total == 0)
            let noConsent = try await f.anonymous.json(.PUT, "/api/v1/self-assessment/assessments/\(token)/publication", ["published": true])
            #expect(noConsent.status == .unprocessableEntity)
            #expect(EventFixture.fields(noConsent) == ["ownerConsent"])
            let published = try await f.anonymous.json(
                .PUT, "/api/v1/self-assessment/assessments/\(token)/publication", ["published": true, "ownerConsent": true])
            #expect(published.status == .ok, "\(published.body)")
            let open = try await f.anonymous.get("/api/v1/self-assessment/results/\(id)")
            #expect(open.status == .ok)
            #expect(!open.body.contains(token))
            #expect(try await f.anonymous.get("/api/v1/self-assessment/results").items.first?["id"] as? Int == id)
            let page = try await f.anonymous.get("/fi/self-assessment/results/\(id)")
            #expect(page.status == .ok)
            #expect(page.body.contains("chart--radar"))
            #expect(!page.body.contains(token))
            let withdrawn = try await f.anonymous.json(.PUT, "/api/v1/self-assessment/assessments/\(token)/publication", ["published": false])
            #expect(withdrawn.status == .ok)
            #expect(try await f.anonymous.get("/api/v1/self-assessment/results/\(id)").status == .notFound)

            // A guessed or mangled link finds nothing, and says so as a problem.
            let guessed = try await f.anonymous.get("/api/v1/self-assessment/assessments/\([UInt8].random(count: 32).base64URLEncoded)")
            #expect(guessed.status == .notFound)
            #expect(guessed.contentType.hasPrefix("application/problem+json"))
            #expect(try await f.anonymous.get("/api/v1/self-assessment/assessments/\(token.dropLast())").status == .notFound)
            #expect(try await f.anonymous.get("/fi/self-assessment/a/\(String(repeating: "A", count: 43))").status == .notFound)
            // Only the hash is stored.
            #expect(try await PlatformAssessment.query(on: app.db).filter(\.$tokenHash == token).count() == 0)
            // A platform without a name or kind is refused beside each field.
            let nameless = try await f.anonymous.json(.POST, "/api/v1/self-assessment/assessments", ["platform": ["municipalityCode": "999"]])
            #expect(EventFixture.fields(nameless) == ["name", "kind", "municipalityCode"])
        }
    }

    @Test("Owners keep their platforms and see the trend; another user sees nothing; a re-assessed platform is one peer")
    func ownersAndTrend() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await SelfAssessmentFixture.make(app)
            let owner = TestClient(app)
            owner.bearer = try await makeToken(app, for: try await makeUser(app, email: "owner@example.fi"))
            let other = TestClient(app)
            other.bearer = try await makeToken(app, for: try await makeUser(app, email: "other@example.fi"))
            let first = try await f.start("Omistajan alusta", by: owner)
            try await f.complete(first, level: 1)
            let platforms = try await owner.get("/api/v1/self-assessment/platforms")
            let platformID = try #require(platforms.items.first?["id"] as? Int)
            #expect(platforms.total == 1)
            #expect(try await other.get("/api/v1/self-assessment/platforms").total == 0)
            #expect(try await other.get("/api/v1/self-assessment/platforms/\(platformID)").status == .notFound)
            #expect(try await f.anonymous.get("/api/v1/self-assessment/platforms/\(platformID)").status == .unauthorized)
            // Assessing the same platform again: only its owner may.
            let stolen = try await other.json(.POST, "/api/v1/self-assessment/assessments", ["platformId": platformID])
            #expect(EventFixture.fields(stolen) == ["platformId"])
            let again = try await owner.json(.POST, "/api/v1/self-assessment/assessments", ["platformId": platformID])
            #expect(again.status == .created)
            let second = try #require(again.object["token"] as? String)
            let peer = try await f.start("Vertailukohta")
            let before = try await f.complete(peer, level: 2)
            #expect(before.object["peerCount"] as? Int == 1)
            try await f.complete(second, level: 3, overrides: ["usability": [4]])
            let after = try await f.anonymous.get("/api/v1/self-assessment/assessments/\(peer)/result")
            #expect(after.object["peerCount"] as? Int == 1, "the platform assessed twice is still one peer")
            #expect(try await f.countsAgree())

            let history = try await owner.get("/api/v1/self-assessment/platforms/\(platformID)")
            let assessments = history.object["assessments"] as? [[String: Any]] ?? []
            #expect(assessments.count == 2)
            #expect(assessments.map { $0["overall"] as? Double } == [1, 3.125])
            #expect(assessments.map { ($0["scores"] as? [String: Double])?["usability"] } == [1, 4])
            // Links to the atlas: an unknown network is refused; a real one is kept, and the platform's page names it.
            let network = try #require(try await Network.query(on: app.db).first())
            let networkID = try network.requireID()
            #expect(
                EventFixture.fields(try await owner.json(.PATCH, "/api/v1/self-assessment/platforms/\(platformID)", ["networkId": 99999])) == [
                    "networkId"
                ])
            let linked = try await owner.json(
                .PATCH, "/api/v1/self-assessment/platforms/\(platformID)", ["networkId": networkID, "municipalityCode": "837"] as [String: Any])
            #expect(linked.status == .ok, "\(linked.body)")
            #expect((linked.object["platform"] as? [String: Any])?["networkId"] as? Int == networkID)
            let page = try await owner.send(.GET, "/fi/platforms/\(platformID)")
            #expect(page.status == .ok)
            #expect(page.body.contains("Omistajan alusta") && page.body.contains(network.name) && page.body.contains("Tampere"))
            #expect(try await other.send(.GET, "/fi/platforms/\(platformID)").status == .notFound)
        }
    }

    @Test("Coordinators see their group's aggregates from five platforms up, as JSON and aggregated CSV; others are refused")
    func aggregates() async throws {
        try await withSolmu(demoData: true) { app in
            let events = try await EventFixture.make(app)
            let f = try await SelfAssessmentFixture.make(app)
            let path = "/api/v1/self-assessment/aggregates?network=\(events.network)"
            #expect(try await f.anonymous.get(path).status == .unauthorized)
            #expect(try await events.stranger.get(path).status == .forbidden)
            #expect(try await events.otherOrganiser.get(path).status == .forbidden)
            #expect(try await events.organiser.get("/api/v1/self-assessment/aggregates").status == .unprocessableEntity)
            func platform(_ name: String, level: Int, lifecycle: Int) async throws {
                let started = try await f.anonymous.json(
                    .POST, "/api/v1/self-assessment/assessments",
                    ["platform": ["name": name, "kind": "testBed", "networkId": events.network, "municipalityCode": "837"]])
                try await f.complete(try #require(started.object["token"] as? String), level: level, overrides: ["lifecycle": [lifecycle]])
            }
            // Someone outside the network does not count.
            try await f.complete(try await f.start("Ulkopuolinen"), level: 4)
            for (index, level) in [1, 2, 3, 4].enumerated() { try await platform("Verkoston alusta \(index)", level: level, lifecycle: 1) }
            let four = try await events.organiser.get(path)
            #expect(four.status == .ok, "\(four.body)")
            #expect(four.object["platforms"] as? Int == 4)
            #expect(four.object["shown"] as? Bool == false)
            #expect((four.object["dimensions"] as? [Any])?.isEmpty == true)
            try await platform("Verkoston alusta 4", level: 0, lifecycle: 0)
            let five = try await events.organiser.get(path)
            #expect(five.object["platforms"] as? Int == 5, "\(five.body)")
            #expect(five.object["shown"] as? Bool == true)
            let dimensions = five.object["dimensions"] as? [[String: Any]] ?? []
            let usability = dimensions.first { $0["key"] as? String == "usability" } ?? [:]
            #expect(usability["mean"] as? Double == 2)
            #expect(usability["quartiles"] as? [String: Double] == ["lower": 1, "median": 2, "upper": 3])
            #expect(usability["weak"] as? Int == 2)
            let lifecycle = dimensions.first { $0["key"] as? String == "lifecycle" } ?? [:]
            #expect(lifecycle["mean"] as? Double == 0.8)
            #expect(lifecycle["weak"] as? Int == 5)
            let weakest = five.object["weakestStatements"] as? [[String: Any]] ?? []
            #expect(weakest.count == 5)
            #expect(weakest.allSatisfy { $0["dimension"] as? String == "lifecycle" })
            let csv = try await events.organiser.get(path + "&format=csv&lang=en")
            #expect(csv.contentType.hasPrefix("text/csv"))
            let lines = csv.body.split(separator: "\r\n")
            #expect(lines.count == 9)
            #expect(!csv.body.contains("Verkoston alusta"))
            // The region's regional council sees the region; the admin any group; a group nobody has is a 422 for the admin.
            let council = TestClient(app)
            let pirkanmaa = try #require(try await Organization.query(on: app.db).filter(\.$name == "Pirkanmaan liitto").first()?.id)
            council.bearer = try await makeToken(app, for: try await makeUser(app, email: "liitto@example.fi", organizationID: pirkanmaa))
            let region = try await council.get("/api/v1/self-assessment/aggregates?region=06")
            #expect(region.object["platforms"] as? Int == 5, "\(region.body)")
            #expect(try await council.get("/api/v1/self-assessment/aggregates?region=01").status == .forbidden)
            let admin = TestClient(app)
            admin.bearer = try await makeToken(app, for: try await makeUser(app, email: "admin@example.fi", role: .admin))
            #expect(try await admin.get("/api/v1/self-assessment/aggregates?region=01").object["platforms"] as? Int == 0)
            #expect(try await admin.get("/api/v1/self-assessment/aggregates?region=99").status == .unprocessableEntity)
            let page = try await events.organiser.get("/fi/self-assessment/aggregates?group=network:\(events.network)")
            #expect(page.status == .ok || page.status == .seeOther)
        }
    }

    @Test("The call office adds the responsibility statements as the call's criteria, once")
    func responsibilityCriteria() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, criteria) = try await f.openCall()
            let path = "/api/v1/calls/\(call)/criteria/responsibility"
            #expect(try await f.stranger.json(.POST, path, [String: Any]()).status == .forbidden)
            let added = try await f.office.json(.POST, path, [String: Any]())
            #expect(added.status == .created, "\(added.body)")
            let all = added.object["criteria"] as? [[String: Any]] ?? []
            #expect(all.count == criteria.count + 6)
            let responsibility = all.filter { $0["responsibility"] as? Bool == true && $0["scaleMax"] as? Int == 4 }
            #expect(responsibility.count >= 6)
            #expect(((responsibility.last?["guidance"] as? [String: Any])?["en"] as? String)?.hasPrefix("0 – ") == true)
            let twice = try await f.office.json(.POST, path, [String: Any]())
            #expect((twice.object["criteria"] as? [Any])?.count == criteria.count + 6)
        }
    }
}
