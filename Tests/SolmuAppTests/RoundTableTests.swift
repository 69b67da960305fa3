import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("The round table: topics, stakeholders' positions, the meetings that handled them")
struct RoundTableTests {
    @Test("The coordinator takes up a topic; positions are summed up by stance; the status moves; round-table meetings are linked")
    func topicLife() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let topic: [String: Any] = [
                "networkId": f.network, "title": ["fi": "Teollisuuden sähköistämisen luvitus", "en": "Permits for electrifying industry"],
                "area": ["fi": "Energiapolitiikka"],
            ]
            #expect(try await f.anonymous.json(.POST, "/api/v1/roundtable/topics", topic).status == .unauthorized)
            #expect(try await f.stranger.json(.POST, "/api/v1/roundtable/topics", topic).status == .forbidden)
            #expect(try await f.otherOrganiser.json(.POST, "/api/v1/roundtable/topics", topic).status == .forbidden)
            let untitled = try await f.organiser.json(.POST, "/api/v1/roundtable/topics", ["networkId": f.network])
            #expect(untitled.status == .unprocessableEntity)
            #expect(EventFixture.fields(untitled) == ["title"])
            let created = try await f.organiser.json(.POST, "/api/v1/roundtable/topics", topic)
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created.object["id"] as? Int)
            #expect(created.location == "/api/v1/roundtable/topics/\(id)")
            #expect(created.object["status"] as? String == "proposed")
            #expect(created.object["meetingIds"] as? [Int] == [Int]())

            // Two stakeholders state their positions.
            let positions = "/api/v1/roundtable/topics/\(id)/positions"
            #expect(
                try await f.stranger.json(.POST, positions, ["organizationId": f.iisalmi, "stance": "opposes"] as [String: Any]).status == .forbidden)
            let noStance = try await f.organiser.json(.POST, positions, ["organizationId": f.businessTampere])
            #expect(noStance.status == .unprocessableEntity)
            #expect(EventFixture.fields(noStance) == ["stance"])
            let supports = try await f.organiser.json(
                .POST, positions,
                [
                    "organizationId": f.businessTampere, "stance": "supports",
                    "text": "Nopeampi luvitus tuo investoinnit", "statedOn": "2026-02",
                ] as [String: Any])
            #expect(supports.status == .created, "\(supports.body)")
            let opposes = try await f.organiser.json(.POST, positions, ["organizationId": f.iisalmi, "stance": "opposes"] as [String: Any])
            #expect(opposes.status == .created, "\(opposes.body)")
            #expect(opposes.object["stances"] as? [String: Int] == ["supports": 1, "opposes": 1])
            let stated = opposes.object["positions"] as? [[String: Any]] ?? []
            #expect(stated.count == 2)
            #expect(Set(stated.compactMap { $0["organizationName"] as? String }) == ["Business Tampere", "Iisalmen kaupunki"])
            #expect(stated.first { $0["stance"] as? String == "supports" }?["statedOn"] as? String == "2026-02")

            // The status moves on; the topic stays with its round table.
            #expect(try await f.stranger.json(.PATCH, "/api/v1/roundtable/topics/\(id)", ["status": "underDiscussion"]).status == .forbidden)
            let discussed = try await f.organiser.json(
                .PATCH, "/api/v1/roundtable/topics/\(id)", ["status": "underDiscussion", "networkId": f.otherNetwork] as [String: Any])
            #expect(discussed.status == .ok, "\(discussed.body)")
            #expect(discussed.object["status"] as? String == "underDiscussion")
            #expect(discussed.object["networkId"] as? Int == f.network)
            #expect((discussed.object["title"] as? [String: Any])?["fi"] as? String == "Teollisuuden sähköistämisen luvitus")
            #expect(discussed.object["stances"] as? [String: Int] == ["supports": 1, "opposes": 1])
            let underDiscussion = try await f.anonymous.get("/api/v1/roundtable/topics?status=underDiscussion")
            #expect(underDiscussion.items.contains { $0["id"] as? Int == id })
            let proposed = try await f.anonymous.get("/api/v1/roundtable/topics?status=proposed")
            #expect(!proposed.items.contains { $0["id"] as? Int == id })
            #expect(try await f.anonymous.get("/api/v1/roundtable/topics?status=nope").status == .unprocessableEntity)

            // The meetings that handled it: round-table meetings of its own round table only.
            let meeting = try await f.event(["kind": "roundTableMeeting", "title": ["fi": "Pyöreän pöydän kokous"], "capacity": NSNull()])
            let workshop = try await f.event(["kind": "workshop", "title": ["fi": "Työpaja"], "capacity": NSNull()])
            let foreignMeeting = try await f.event(
                ["kind": "roundTableMeeting", "networkId": f.otherNetwork, "title": ["fi": "Naapurin kokous"], "capacity": NSNull()],
                by: f.otherOrganiser)
            let linked = try await f.organiser.json(.PATCH, "/api/v1/roundtable/topics/\(id)", ["meetingIds": [meeting]])
            #expect(linked.status == .ok, "\(linked.body)")
            #expect(linked.object["meetingIds"] as? [Int] == [meeting])
            for wrong in [workshop, foreignMeeting, 987_654] {
                let refused = try await f.organiser.json(.PATCH, "/api/v1/roundtable/topics/\(id)", ["meetingIds": [meeting, wrong]])
                #expect(refused.status == .unprocessableEntity, "\(wrong): \(refused.body)")
                #expect(EventFixture.fields(refused) == ["meetingIds"], "\(wrong)")
            }
            // Refused, the topic keeps its meeting; anyone reads the summary.
            let shown = try await f.anonymous.get("/api/v1/roundtable/topics/\(id)")
            #expect(shown.status == .ok)
            #expect(shown.object["meetingIds"] as? [Int] == [meeting])
            #expect(shown.object["status"] as? String == "underDiscussion")
            #expect((shown.object["positions"] as? [[String: Any]])?.count == 2)

            // A position withdrawn: the summary follows.
            let supportID = try #require((stated.first { $0["stance"] as? String == "supports" })?["id"] as? Int)
            #expect(try await f.stranger.send(.DELETE, "\(positions)/\(supportID)").status == .forbidden)
            #expect(try await f.organiser.send(.DELETE, "\(positions)/\(supportID)").status == .noContent)
            #expect(try await f.anonymous.get("/api/v1/roundtable/topics/\(id)").object["stances"] as? [String: Int] == ["opposes": 1])
        }
    }
}
