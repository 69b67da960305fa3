import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("Governing bodies: members, positions and deputies as the seed lists them")
struct BodyTests {
    @Test("6Aika's management and steering groups: every member, deputy, chair, vice-chair and presenting official")
    func demo() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let sixAika = try #require(try await Programme.query(on: app.db).filter(\.$name == "6Aika").first()?.id)
            let bodies = try await client.get("/api/v1/bodies?programme=\(sixAika)")
            #expect(bodies.items.map { $0["kind"] as? String } == ["managementGroup", "steeringGroup"])
            func seats(_ body: [String: Any]) -> [String] {
                let members = body["members"] as? [[String: Any]] ?? []
                let names = Dictionary(uniqueKeysWithValues: members.map { ($0["id"] as? Int ?? 0, $0["personName"] as? String ?? "") })
                return members.map { member in
                    let deputy = (member["deputyOfId"] as? Int).map { " (deputy of \(names[$0] ?? "?"))" } ?? ""
                    return "\(member["personName"] ?? ""), \(member["organizationName"] ?? "–"), \(member["position"] ?? "")\(deputy)"
                }
            }
            let management = seats(bodies.items[0])
            #expect(management.count == 16)
            #expect(management.first == "Tuula Antola, Espoon kaupunki, chair")
            #expect(management.contains("Niko Kyynäräinen, Turku Science Park Oy, member (deputy of Pekka Sundman)"))
            #expect(management.contains("Pekka Sundman, Turun kaupunki, viceChair"))
            #expect(management.last == "Mika Perttunen, Vantaan kaupunki, presentingOfficial")
            #expect(management.contains("Johanna Osenius, Työ- ja elinkeinoministeriö, member"))
            let steering = seats(bodies.items[1])
            #expect(steering.count == 16)
            #expect(steering.first == "Mika Perttunen, Vantaan kaupunki, chair")
            #expect(steering.contains("Seppo Haataja, Business Tampere, viceChair"))
            #expect(steering.contains("Timo Antikainen, Tampereen kaupunki, member (deputy of Seppo Haataja)"))
            #expect(steering.contains("Maaria Mäntyniemi, Liikenne- ja viestintäministeriö, member"))

            let steeringID = try #require(bodies.items[1]["id"] as? Int)
            for (language, deputy) in [("fi", "Varajäsen"), ("sv", "Ersättare"), ("en", "Deputy")] {
                let page = try await client.get("/\(language)/bodies/\(steeringID)")
                #expect(page.status == .ok)
                #expect(page.body.contains(deputy))
                #expect(page.body.contains("Seppo Haataja"))
            }
            let programme = try await client.get("/fi/programmes/\(sixAika)")
            #expect(programme.body.contains("/fi/bodies/\(steeringID)"))
            let csv = try await client.get("/api/v1/bodies/\(steeringID)/members?format=csv")
            #expect(csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 17)
            #expect(try await client.get("/api/v1/bodies/987654").status == .notFound)
            #expect(try await client.get("/api/v1/bodies?programme=x").status == .unprocessableEntity)
        }
    }
}

@Suite("Meetings: agenda, decisions, attendance, public and internal")
struct MeetingTests {
    @Test("The coordinator records a meeting; outsiders see public decisions only, members see all; bad input names the field")
    func meeting() async throws {
        try await withSolmu(demoData: true) { app in
            let sixAika = try #require(try await Programme.query(on: app.db).filter(\.$name == "6Aika").first()?.id)
            let management = try #require(
                try await GoverningBody.query(on: app.db).filter(\.$programme.$id == sixAika)
                    .filter(\.$kind == .managementGroup).with(\.$members) { $0.with(\.$person) }.first())
            let body = try management.requireID()
            let perttunen = try #require(management.members.first { $0.person.name == "Mika Perttunen" }?.id)
            let antola = try #require(management.members.first { $0.person.name == "Tuula Antola" }?.id)
            let forum = try #require(try await Organization.query(on: app.db).filter(\.$name == "Forum Virium Helsinki").first()?.id)
            let office = TestClient(app)
            office.bearer = try await makeToken(app, for: try await makeUser(app, email: "office@example.fi", organizationID: forum))

            #expect(
                try await TestClient(app).json(.POST, "/api/v1/bodies/\(body)/meetings", ["startsAt": "2026-03-30T14:00", "place": "Vantaa"]).status
                    == .unauthorized)
            let sitra = TestClient(app)
            sitra.bearer = try await makeToken(
                app,
                for: try await makeUser(
                    app, email: "sitra@example.fi",
                    organizationID: try #require(try await Organization.query(on: app.db).filter(\.$name == "Sitra").first()?.id)))
            #expect(
                try await sitra.json(.POST, "/api/v1/bodies/\(body)/meetings", ["startsAt": "2026-03-30T14:00", "place": "Vantaa"]).status
                    == .forbidden)
            let bad = try await office.json(.POST, "/api/v1/bodies/\(body)/meetings", ["startsAt": "30.3.2026 klo 14"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("\"field\":\"startsAt\"") && bad.body.contains("\"field\":\"place\""))

            // 14.00 in Helsinki on 30 March 2026 is summer time (UTC+3): 11.00 UTC.
            let created = try await office.json(
                .POST, "/api/v1/bodies/\(body)/meetings",
                ["startsAt": "2026-03-30T14:00", "place": "Vantaa", "minutes": "Sisäinen pöytäkirja", "minutesPublic": false])
            #expect(created.status == .created)
            #expect(created.object["startsAt"] as? String == "2026-03-30T11:00:00Z")
            let meeting = try #require(created.object["id"] as? Int)
            let base = "/api/v1/bodies/\(body)/meetings/\(meeting)"
            #expect(
                try await office.json(
                    .POST, "\(base)/items",
                    [
                        "number": 1, "title": "Rahoitettavat hankkeet", "presenterId": perttunen,
                        "decision": "Rahoitetaan kolme hanketta.", "decisionPublic": true,
                    ]
                ).status == .created)
            #expect(
                try await office.json(
                    .POST, "\(base)/items",
                    [
                        "number": 2, "title": "Henkilöasia", "decision": "Sisäinen päätös.",
                        "decisionPublic": false,
                    ]
                ).status == .created)
            let taken = try await office.json(.POST, "\(base)/items", ["number": 2, "title": "Toinen"])
            #expect(taken.status == .unprocessableEntity && taken.body.contains("\"field\":\"number\""))
            let outsider = try await office.json(.POST, "\(base)/items", ["number": 3, "title": "X", "presenterId": 987_654])
            #expect(outsider.body.contains("\"field\":\"presenterId\""))
            let present = try await office.json(.PUT, "\(base)/attendance", ["present": [antola, perttunen]])
            #expect(present.status == .ok)
            #expect(present.object["present"] as? [Int] == [antola, perttunen].sorted())

            let publicView = try await TestClient(app).get(base)
            let items = publicView.object["items"] as? [[String: Any]] ?? []
            #expect(items.map { $0["decision"] as? String } == ["Rahoitetaan kolme hanketta.", nil])
            #expect(publicView.object["minutes"] == nil)
            let page = try await TestClient(app).get("/fi/bodies/\(body)/meetings/\(meeting)")
            #expect(page.body.contains("Rahoitetaan kolme hanketta."))
            #expect(!page.body.contains("Sisäinen päätös."))
            #expect(page.body.contains("30.3.2026 klo 14.00"))

            // A member of the body (a user who is Tuula Antola) sees the internal decision and minutes.
            let member = TestClient(app)
            let user = try await makeUser(app, email: "antola@example.fi")
            user.$person.id = try #require(management.members.first { $0.id == antola }?.$person.id)
            try await user.save(on: app.db)
            member.bearer = try await makeToken(app, for: user)
            let insider = try await member.get(base)
            #expect((insider.object["items"] as? [[String: Any]])?.last?["decision"] as? String == "Sisäinen päätös.")
            #expect(insider.object["minutes"] as? String == "Sisäinen pöytäkirja")
            #expect(try await member.json(.PATCH, base, ["minutesPublic": true]).status == .forbidden)
            #expect(try await office.json(.PATCH, base, ["minutesPublic": true]).status == .ok)
            #expect(try await TestClient(app).get(base).object["minutes"] as? String == "Sisäinen pöytäkirja")
        }
    }

    @Test("The coordinator records a meeting and its decision through the forms; a mistyped time is refused beside the field")
    func forms() async throws {
        try await withSolmu(demoData: true) { app in
            let forum = try #require(try await Organization.query(on: app.db).filter(\.$name == "Forum Virium Helsinki").first()?.id)
            try await makeUser(app, email: "office@example.fi", organizationID: forum)
            let body = try #require(try await GoverningBody.query(on: app.db).filter(\.$kind == .steeringGroup).first()?.id)
            let client = TestClient(app)
            _ = try await client.signIn(email: "office@example.fi")
            #expect(try await client.get("/fi/bodies/\(body)").body.contains("/fi/bodies/\(body)/meetings/new"))
            let form = try await client.get("/fi/bodies/\(body)/meetings/new")
            let refused = try await client.postForm(
                "/fi/bodies/\(body)/meetings/new", [("startsAt", "ensi tiistaina"), ("place", "Helsinki")], csrfFrom: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("field-startsAt-error"))
            #expect(refused.inputValue("place") == "Helsinki")
            let saved = try await client.postForm(
                "/fi/bodies/\(body)/meetings/new", [("startsAt", "2026-12-01T09:30"), ("place", "Helsinki")], csrfFrom: form)
            #expect(saved.status == .seeOther)
            let location = try #require(saved.location)
            let itemForm = try await client.get(location + "/items/new")
            #expect(itemForm.inputValue("number") == "1")
            let added = try await client.postForm(
                location + "/items/new",
                [
                    ("number", "1"), ("title", "Hakujen arviointi"),
                    ("decision", "Esitetään johtoryhmälle."), ("decisionPublic", "on"),
                ], csrfFrom: itemForm)
            #expect(added.status == .seeOther)
            let page = try await TestClient(app).get(location)
            #expect(page.body.contains("1.12.2026 klo 9.30"))
            #expect(page.body.contains("Esitetään johtoryhmälle."))
        }
    }
}
