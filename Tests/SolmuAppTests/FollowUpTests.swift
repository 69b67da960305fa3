import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("Follow-up: what workshops heard, and what the network did about it")
struct FollowUpTests {
    @Test("Inputs from the organiser and from participants by their private link, answered by actions; the report counts them")
    func inputsAndActions() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let workshop = try await f.openEvent(capacity: 20, title: "Kiertotaloustyöpaja")
            let second = try await f.openEvent(capacity: 20, title: "Liikennetyöpaja")

            // The organiser records what the workshop heard.
            func record(_ event: Int, _ text: String, theme: String? = nil, by client: TestClient? = nil) async throws -> Int {
                var body: [String: Any] = ["text": text, "sourceType": "company"]
                if let theme { body["themeId"] = theme }
                let reply = try await (client ?? f.organiser).json(.POST, "/api/v1/events/\(event)/inputs", body)
                #expect(reply.status == .created, "\(reply.body)")
                #expect(reply.object["online"] as? Bool == false)
                #expect(reply.object["eventId"] as? Int == event)
                return try #require(reply.object["id"] as? Int, "\(reply.body)")
            }
            let materials = try await record(workshop, "Yritykset tarvitsevat tietoa sivuvirtojen hyödyntämisestä", theme: "circular-economy")
            let procurement = try await record(workshop, "Kunnilta toivotaan kiertotalouden kriteerejä hankintoihin", theme: "innovative-procurement")
            let transport = try await record(second, "Työmatkaliikenteen yhteiskäyttöautot", theme: "smart-mobility")
            let unknownTheme = try await f.organiser.json(.POST, "/api/v1/events/\(workshop)/inputs", ["text": "x", "themeId": "astrology"])
            #expect(unknownTheme.status == .unprocessableEntity)
            #expect(EventFixture.fields(unknownTheme) == ["themeId"])
            let blank = try await f.organiser.json(.POST, "/api/v1/events/\(workshop)/inputs", ["text": "  "])
            #expect(EventFixture.fields(blank) == ["text"])

            // A participant sends an input by their registration link, while the workshop is open for inputs.
            let token = try #require(try await f.register(workshop, name: "Aino Aalto", email: "aino@example.fi").object["token"] as? String)
            let participantInput: [String: Any] = [
                "text": "Materiaalitori tutummaksi pk-yrityksille", "registration": token, "themeId": "circular-economy",
            ]
            let notYet = try await f.anonymous.json(.POST, "/api/v1/events/\(workshop)/inputs", participantInput)
            #expect(notYet.status == .conflict, "\(notYet.body)")
            let opened = try await f.organiser.json(.PATCH, "/api/v1/events/\(workshop)", ["inputsOpen": true])
            #expect(opened.object["inputsOpen"] as? Bool == true, "\(opened.body)")
            let sent = try await f.anonymous.json(.POST, "/api/v1/events/\(workshop)/inputs", participantInput)
            #expect(sent.status == .created, "\(sent.body)")
            #expect(sent.object["online"] as? Bool == true)
            let online = try #require(sent.object["id"] as? Int)
            // Without a link (nor an account), nothing; a link for another event, or a cancelled one, opens nothing either.
            #expect(try await f.anonymous.json(.POST, "/api/v1/events/\(workshop)/inputs", ["text": "Nimetön"]).status == .unauthorized)
            let elsewhere = try #require(try await f.register(second, name: "Bertil Berg", email: "bertil@example.fi").object["token"] as? String)
            #expect(
                try await f.anonymous.json(.POST, "/api/v1/events/\(workshop)/inputs", ["text": "Väärä tapahtuma", "registration": elsewhere]).status
                    == .forbidden)
            let leaving = try #require(
                try await f.register(workshop, name: "Cecilia Castrén", email: "cecilia@example.fi").object["token"] as? String)
            #expect(try await f.anonymous.send(.DELETE, "/api/v1/registrations/\(leaving)").status == .ok)
            #expect(
                try await f.anonymous.json(.POST, "/api/v1/events/\(workshop)/inputs", ["text": "Peruin jo", "registration": leaving]).status
                    == .forbidden)
            // Closed again: the link no longer sends inputs, but the organiser still records them.
            _ = try await f.organiser.json(.PATCH, "/api/v1/events/\(workshop)", ["inputsOpen": false])
            #expect(
                try await f.anonymous.json(.POST, "/api/v1/events/\(workshop)/inputs", ["text": "Myöhässä", "registration": token]).status
                    == .conflict)

            // The coordinator answers two inputs with an action; strangers may not.
            let action: [String: Any] = [
                "title": ["fi": "Sivuvirtapankki pk-yrityksille"], "ownerId": f.businessTampere, "status": "inProgress",
                "dueOn": "2026-12-31", "inputIds": [materials, transport],
            ]
            #expect(try await f.anonymous.json(.POST, "/api/v1/networks/\(f.network)/actions", action).status == .unauthorized)
            #expect(try await f.stranger.json(.POST, "/api/v1/networks/\(f.network)/actions", action).status == .forbidden)
            #expect(try await f.otherOrganiser.json(.POST, "/api/v1/networks/\(f.network)/actions", action).status == .forbidden)
            let created = try await f.organiser.json(.POST, "/api/v1/networks/\(f.network)/actions", action)
            #expect(created.status == .created, "\(created.body)")
            let actionID = try #require(created.object["id"] as? Int)
            #expect(created.object["inputIds"] as? [Int] == [materials, transport].sorted())
            #expect(created.object["status"] as? String == "inProgress")

            // Each input tells what became of it.
            let inputs = try await f.anonymous.get("/api/v1/events/\(workshop)/inputs")
            #expect(inputs.status == .ok)
            #expect(inputs.items.compactMap { $0["id"] as? Int } == [materials, procurement, online])
            func actions(_ id: Int, in list: [[String: Any]]) -> [Int]? { list.first { $0["id"] as? Int == id }?["actionIds"] as? [Int] }
            #expect(actions(materials, in: inputs.items) == [actionID])
            #expect(actions(procurement, in: inputs.items) == [Int]())
            #expect(actions(online, in: inputs.items) == [Int]())
            #expect(inputs.items.map { $0["online"] as? Bool } == [false, false, true])
            #expect(!inputs.body.contains("aino@example.fi") && !inputs.body.contains("Aino Aalto"), "inputs carry no personal data")
            let secondInputs = try await f.anonymous.get("/api/v1/events/\(second)/inputs")
            #expect(actions(transport, in: secondInputs.items) == [actionID])

            // "4 inputs from 2 events, 2 answered by 1 action."
            let report = try await f.anonymous.get("/api/v1/networks/\(f.network)/follow-up")
            #expect(report.status == .ok, "\(report.body)")
            #expect(report.object["inputs"] as? Int == 4)
            #expect(report.object["events"] as? Int == 2)
            #expect(report.object["answered"] as? Int == 2)
            #expect(report.object["actions"] as? Int == 1)
            let circular = (report.object["byTheme"] as? [[String: Any]])?.first { $0["themeId"] as? String == "circular-economy" }
            #expect(circular?["inputs"] as? Int == 2 && circular?["answered"] as? Int == 1)

            // The action takes up a third input: the report follows.
            let widened = try await f.organiser.json(
                .PATCH, "/api/v1/networks/\(f.network)/actions/\(actionID)", ["inputIds": [materials, transport, online]])
            #expect(widened.status == .ok, "\(widened.body)")
            #expect(try await f.anonymous.get("/api/v1/networks/\(f.network)/follow-up").object["answered"] as? Int == 3)
            let listed = try await f.anonymous.get("/api/v1/networks/\(f.network)/actions")
            #expect(listed.items.first?["inputIds"] as? [Int] == [materials, transport, online].sorted())

            // An input heard at another network's event is not this network's to answer.
            let foreignEvent = try await f.event(["networkId": f.otherNetwork, "title": ["fi": "Ylä-Savon työpaja"]], by: f.otherOrganiser)
            let foreign = try await record(foreignEvent, "Junayhteydet Kuopioon", by: f.otherOrganiser)
            let crossing = try await f.organiser.json(
                .POST, "/api/v1/networks/\(f.network)/actions",
                ["title": ["fi": "Naapurin asia"], "inputIds": [procurement, foreign]] as [String: Any])
            #expect(crossing.status == .unprocessableEntity)
            #expect(EventFixture.fields(crossing) == ["inputIds"])
            let patchedAcross = try await f.organiser.json(.PATCH, "/api/v1/networks/\(f.network)/actions/\(actionID)", ["inputIds": [foreign]])
            #expect(EventFixture.fields(patchedAcross) == ["inputIds"])
            #expect(try await f.anonymous.json(.POST, "/api/v1/networks/\(f.network)/actions", ["title": ["fi": "x"]]).status == .unauthorized)
            let unchanged = try await f.anonymous.get("/api/v1/networks/\(f.network)/follow-up")
            #expect(unchanged.object["inputs"] as? Int == 4 && unchanged.object["actions"] as? Int == 1 && unchanged.object["answered"] as? Int == 3)
            // The other network's report counts its own.
            let theirs = try await f.anonymous.get("/api/v1/networks/\(f.otherNetwork)/follow-up")
            #expect(theirs.object["inputs"] as? Int == 1 && theirs.object["events"] as? Int == 1 && theirs.object["answered"] as? Int == 0)
        }
    }

    @Test("An event with inputs or registrations is kept; inputs of unpublished events are not shown")
    func keeping() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let draft = try await f.event(["published": false, "capacity": NSNull()])
            let recorded = try await f.organiser.json(.POST, "/api/v1/events/\(draft)/inputs", ["text": "Luonnoksen havainto"])
            #expect(recorded.status == .created, "\(recorded.body)")
            #expect(try await f.anonymous.get("/api/v1/events/\(draft)/inputs").status == .notFound)
            #expect(try await f.organiser.get("/api/v1/events/\(draft)/inputs").items.count == 1)
            #expect(try await f.organiser.send(.DELETE, "/api/v1/events/\(draft)").status == .conflict)
            let inputID = try #require(recorded.object["id"] as? Int)
            #expect(try await f.stranger.send(.DELETE, "/api/v1/events/\(draft)/inputs/\(inputID)").status == .notFound)
            #expect(try await f.organiser.send(.DELETE, "/api/v1/events/\(draft)/inputs/\(inputID)").status == .noContent)
            #expect(try await f.organiser.send(.DELETE, "/api/v1/events/\(draft)").status == .noContent)
            #expect(try await f.organiser.get("/api/v1/events/\(draft)").status == .notFound)
        }
    }
}
