import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("Ecosystems: actors, gap, strategy, situational picture, Invest-in")
struct EcosystemTests {
    /// A small known case: two companies in Kuopio (297) with software and AI, one linked research institute elsewhere with
    /// health technology, one company in Siilinjärvi (749, not in the ecosystem).
    func smallCase(_ app: Application) async throws -> (client: TestClient, ecosystemID: Int, research: Int) {
        let editor = OrganizationEditor(database: app.db)
        func make(_ name: String, _ type: String, _ place: String, _ competences: [String]) async throws -> Int {
            var input = OrganizationInput()
            input.name = name
            input.type = type
            input.municipalityCode = place
            input.competences = competences
            let organization = Organization()
            try await editor.save(try await editor.check(input), into: organization)
            return try organization.requireID()
        }
        let savo = try await make("Savon Koodi Oy", "company", "297", ["software"])
        _ = try await make("Kuopion Kone Oy", "company", "297", ["software", "ai-automation"])
        let research = try await make("Itä-Suomen Tutkimus", "researchInstitute", "091", ["health-technology"])
        _ = try await make("Siilin Data Oy", "company", "749", ["digital-security"])
        let client = TestClient(app)
        client.bearer = try await makeToken(app, for: try await makeUser(app, email: "kuopio@example.fi", organizationID: savo))
        let created = try await client.json(
            .POST, "/api/v1/ecosystems",
            [
                "name": "Kuopion ekosysteemi", "municipalities": ["297"], "linkedActors": [research],
                "wantedCompetences": ["ai-automation", "digital-security", "circular-economy", "health-technology"],
                "strengths": ["fi": "Ohjelmistot"],
            ])
        #expect(created.status == .created)
        #expect(created.object["coordinatorId"] as? Int == savo)
        return (client, try #require(created.object["id"] as? Int), research)
    }

    @Test("Actors are the organisations located there plus those linked; the gap is wanted minus present")
    func gap() async throws {
        try await withSolmu { app in
            let (client, id, research) = try await smallCase(app)
            let picture = try await client.get("/api/v1/ecosystems/\(id)/situation")
            #expect(picture.status == .ok)
            #expect((picture.object["actorIDs"] as? [Int])?.count == 3)
            #expect((picture.object["actorIDs"] as? [Int])?.contains(research) == true)
            #expect(picture.object["gap"] as? [String] == ["circular-economy", "digital-security"])
            #expect(picture.object["wantedPresent"] as? [String] == ["ai-automation", "health-technology"])
            let byType = (picture.object["actorsByType"] as? [[String: Any]] ?? []).map { "\($0["key"]!)=\($0["count"]!)" }
            #expect(byType == ["company=2", "researchInstitute=1"])
            let byCompetence = (picture.object["actorsByCompetence"] as? [[String: Any]] ?? []).first
            #expect(byCompetence?["key"] as? String == "software")
            #expect(byCompetence?["count"] as? Int == 2)
        }
    }

    @Test("Goals need a measurable target; an action cannot be due before its goal starts; overdue actions are flagged")
    func strategy() async throws {
        try await withSolmu { app in
            let (client, id, _) = try await smallCase(app)
            let noTarget = try await client.json(.POST, "/api/v1/ecosystems/\(id)/goals", ["title": "Kasvu", "targetDate": "2027"])
            #expect(noTarget.status == .unprocessableEntity)
            #expect((noTarget.object["errors"] as? [[String: String]])?.map { $0["field"] } == ["target"])
            let backwards = try await client.json(
                .POST, "/api/v1/ecosystems/\(id)/goals",
                ["title": "Kasvu", "target": "10 yritystä", "startsOn": "2027", "targetDate": "2026-06", "progress": 140])
            #expect(Set((backwards.object["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] }) == ["targetDate", "progress"])
            let goal = try await client.json(
                .POST, "/api/v1/ecosystems/\(id)/goals",
                ["title": "Tekoälyosaajia", "target": "5 uutta tekoälyyritystä", "startsOn": "2026-03", "targetDate": "2028", "progress": 20])
            #expect(goal.status == .created)
            let goalID = try #require(goal.object["id"] as? Int)
            let early = try await client.json(
                .POST, "/api/v1/ecosystems/\(id)/actions", ["title": "Kartoitus", "goalId": goalID, "dueOn": "2026-01"])
            #expect((early.object["errors"] as? [[String: String]])?.map { $0["field"] } == ["dueOn"])
            let overdue = try await client.json(
                .POST, "/api/v1/ecosystems/\(id)/actions", ["title": "Vanha selvitys", "dueOn": "2020-05", "status": "ongoing"])
            #expect(overdue.status == .created)
            let done = try await client.json(.POST, "/api/v1/ecosystems/\(id)/actions", ["title": "Tehty", "dueOn": "2020-05", "status": "done"])
            let badStatus = try await client.json(.POST, "/api/v1/ecosystems/\(id)/actions", ["title": "X", "status": "maybe"])
            #expect((badStatus.object["errors"] as? [[String: String]])?.map { $0["field"] } == ["status"])
            let picture = try await client.get("/api/v1/ecosystems/\(id)/situation")
            #expect(picture.object["overdueActionIDs"] as? [Int] == [try #require(overdue.object["id"] as? Int)])
            #expect(done.status == .created)
            #expect(try await client.get("/api/v1/ecosystems/\(id)/actions").total == 2)
            #expect(try await TestClient(app).get("/fi/ecosystems/\(id)").body.contains("myöhässä"))
            // Progress and status change as the work goes on; the rest stays.
            let progressed = try await client.json(.PATCH, "/api/v1/ecosystems/\(id)/goals/\(goalID)", ["progress": 60])
            #expect(progressed.object["progress"] as? Int == 60)
            #expect(progressed.object["target"] as? String == "5 uutta tekoälyyritystä")
            #expect(
                (try await client.json(.PATCH, "/api/v1/ecosystems/\(id)/goals/\(goalID)", ["progress": 101]).object["errors"] as? [[String: String]])?
                    .first?["field"] == "progress")
            let overdueID = try #require(overdue.object["id"] as? Int)
            let finished = try await client.json(.PATCH, "/api/v1/ecosystems/\(id)/actions/\(overdueID)", ["status": "done"])
            #expect(finished.object["status"] as? String == "done")
            #expect(finished.object["dueOn"] as? String == "2020-05")
            #expect(try await client.get("/api/v1/ecosystems/\(id)/situation").object["overdueActionIDs"] as? [Int] == [])
            #expect(try await client.json(.PATCH, "/api/v1/ecosystems/\(id)/actions/999999", ["status": "done"]).status == .notFound)
            let page = try await TestClient(app).get("/fi/ecosystems/\(id)")
            #expect(page.body.contains("5 uutta tekoälyyritystä"))
            #expect(!page.body.contains("myöhässä"), "done actions are not overdue")
            #expect(page.body.contains(">Puuttuu<"))
        }
    }

    @Test("An ecosystem needs a municipality; only its coordinator and admins may change it")
    func validationAndPermissions() async throws {
        try await withSolmu { app in
            let (client, id, _) = try await smallCase(app)
            let none = try await client.json(.POST, "/api/v1/ecosystems", ["name": "Tyhjä", "municipalities": []])
            #expect((none.object["errors"] as? [[String: String]])?.map { $0["field"] } == ["municipalities"])
            let patched = try await client.json(.PATCH, "/api/v1/ecosystems/\(id)", ["vision": ["fi": "Pohjois-Savon tekoälykeskus"]])
            #expect((patched.object["vision"] as? [String: Any])?["fi"] as? String == "Pohjois-Savon tekoälykeskus")
            #expect(patched.object["municipalities"] as? [String] == ["297"])
            let stranger = TestClient(app)
            stranger.bearer = try await makeToken(app, for: try await makeUser(app, email: "other@example.fi"))
            #expect(try await stranger.json(.PATCH, "/api/v1/ecosystems/\(id)", ["name": "X"]).status == .forbidden)
            #expect(
                try await stranger.json(.POST, "/api/v1/ecosystems/\(id)/goals", ["title": "X", "target": "Y", "targetDate": "2030"]).status
                    == .forbidden)
            #expect(try await TestClient(app).send(.DELETE, "/api/v1/ecosystems/\(id)").status == .unauthorized)
            #expect(try await client.send(.DELETE, "/api/v1/ecosystems/\(id)").status == .noContent)
            #expect(try await client.get("/api/v1/ecosystems/\(id)").status == .notFound)
        }
    }

    @Test("The demo has an ecosystem for each regional town, with no invented strategy; pages render in three languages")
    func demoPages() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let list = try await client.get("/api/v1/ecosystems")
            #expect(list.total == 9)
            let iisalmi = try #require(list.items.first { $0["name"] as? String == "Iisalmi" })
            #expect((iisalmi["vision"] as? [String: Any])?.values.allSatisfy { $0 is NSNull } ?? true)
            let id = try #require(iisalmi["id"] as? Int)
            #expect(try await client.get("/api/v1/ecosystems/\(id)/goals").total == 0)
            for language in Language.allCases {
                let picture = try await client.get("/\(language.rawValue)/ecosystems/\(id)")
                #expect(picture.status == .ok)
                #expect(picture.body.contains("Iisalmen kaupunki"))
                #expect(picture.body.contains("Seutukaupunkien innovaatioekosysteemiverkosto"))
                let investIn = try await client.get("/\(language.rawValue)/ecosystems/\(id)/invest-in")
                #expect(investIn.status == .ok)
                #expect(investIn.body.contains("Jukka Ryhänen"))
            }
        }
    }

    @Test("A municipality without coordinates (Tuusula) stays in the table and off the map")
    func tuusula() async throws {
        try await withSolmu { app in
            let admin = TestClient(app)
            admin.bearer = try await makeToken(app, for: try await makeUser(app, email: "admin@example.fi", role: .admin))
            let created = try await admin.json(.POST, "/api/v1/ecosystems", ["name": "Tuusulanjärvi", "municipalities": ["858", "245"]])
            let id = try #require(created.object["id"] as? Int)
            let page = try await TestClient(app).get("/fi/ecosystems/\(id)")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/fi/municipalities/858\""))
            #expect(page.body.components(separatedBy: "<circle class=\"map__marker").count - 1 == 1)
        }
    }
}

@Suite("Ecosystem forms")
struct EcosystemFormTests {
    @Test("A coordinator starts an ecosystem, is told about a missing municipality, adds a goal; a goal without a target is refused")
    func forms() async throws {
        try await withSolmu(demoData: true) { app in
            let iisalmi = try #require(try await Organization.query(on: app.db).filter(\.$name == "Iisalmen kaupunki").first()?.id)
            try await makeUser(app, email: "coordinator@example.fi", organizationID: iisalmi)
            let client = TestClient(app)
            _ = try await client.signIn(email: "coordinator@example.fi")
            let form = try await client.get("/fi/ecosystems/new")
            #expect(form.status == .ok)
            let missing = try await client.postForm(
                "/fi/ecosystems/new", [("name", "Ylä-Savo"), ("wantedCompetences[]", "startups")], csrfFrom: form)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.inputValue("name") == "Ylä-Savo")
            #expect(missing.body.contains("value=\"startups\" checked"))
            #expect(missing.body.contains(Translations.text("ecosystem.municipalities.required", .fi)))
            let created = try await client.postForm(
                "/fi/ecosystems/new", [("name", "Ylä-Savo"), ("municipalities[]", "140"), ("municipalities[]", "762")], csrfFrom: form)
            let location = try #require(created.location)
            let ecosystem = try #require(try await Ecosystem.query(on: app.db).filter(\.$name == "Ylä-Savo").first())
            #expect(location == "/fi/ecosystems/\(try ecosystem.requireID())")
            #expect(ecosystem.$coordinator.id == iisalmi)
            let id = try ecosystem.requireID()

            let goalForm = try await client.get("/fi/ecosystems/\(id)/goals/new")
            let noTarget = try await client.postForm(
                "/fi/ecosystems/\(id)/goals/new", [("title", "Kasvu"), ("targetDate", "2028"), ("progress", "paljon")], csrfFrom: goalForm)
            #expect(noTarget.status == .unprocessableEntity)
            #expect(noTarget.inputValue("progress") == "paljon")
            #expect(noTarget.body.contains("id=\"field-progress-error\""))
            let noTarget2 = try await client.postForm(
                "/fi/ecosystems/\(id)/goals/new", [("title", "Kasvu"), ("targetDate", "2028")], csrfFrom: goalForm)
            #expect(noTarget2.body.contains(Translations.text("goal.target.required", .fi)))
            let goal = try await client.postForm(
                "/fi/ecosystems/\(id)/goals/new", [("title", "Kasvu"), ("target", "10 uutta yritystä"), ("targetDate", "2028")], csrfFrom: goalForm)
            #expect(goal.location == "/fi/ecosystems/\(id)")
            let actionForm = try await client.get("/fi/ecosystems/\(id)/actions/new")
            let action = try await client.postForm(
                "/fi/ecosystems/\(id)/actions/new", [("title", "Kartoitus"), ("ownerId", "\(iisalmi)"), ("dueOn", "2027-03")], csrfFrom: actionForm)
            #expect(action.location == "/fi/ecosystems/\(id)")
            let page = try await client.get("/fi/ecosystems/\(id)")
            #expect(page.body.contains("10 uutta yritystä") && page.body.contains("Kartoitus"))
            let goalID = try #require(try await EcosystemGoal.query(on: app.db).filter(\.$ecosystem.$id == id).first()?.id)
            let editGoal = try await client.get("/fi/ecosystems/\(id)/goals/\(goalID)/edit")
            #expect(editGoal.inputValue("target") == "10 uutta yritystä")
            let saved = try await client.postForm(
                "/fi/ecosystems/\(id)/goals/\(goalID)/edit",
                [("title", "Kasvu"), ("target", "10 uutta yritystä"), ("targetDate", "2028"), ("progress", "40")], csrfFrom: editGoal)
            #expect(saved.location == "/fi/ecosystems/\(id)")
            #expect(try await EcosystemGoal.find(goalID, on: app.db)?.progress == 40)
            let removed = try await client.postForm("/fi/ecosystems/\(id)/goals/\(goalID)/edit", [("remove", "1")], csrfFrom: editGoal)
            #expect(removed.location == "/fi/ecosystems/\(id)")
            #expect(try await EcosystemGoal.find(goalID, on: app.db) == nil)

            let other = TestClient(app)
            try await makeUser(app, email: "other@example.fi")
            _ = try await other.signIn(email: "other@example.fi")
            #expect(try await other.get("/fi/ecosystems/\(id)/edit").status == .forbidden)
            #expect(try await other.get("/fi/ecosystems/new").status == .forbidden)
        }
    }
}

@Suite("Benchmarking ecosystems")
struct ComparisonTests {
    @Test("Two to six ecosystems side by side, per 1,000 inhabitants; other counts are refused")
    func compare() async throws {
        try await withSolmu(demoData: true) { app in
            let ecosystems = try await Ecosystem.query(on: app.db).sort(\.$name).all()
            let iisalmi = try #require(ecosystems.first { $0.name == "Iisalmi" }?.id)
            let rauma = try #require(ecosystems.first { $0.name == "Rauma" }?.id)
            let client = TestClient(app)
            let reply = try await client.get("/api/v1/ecosystems/compare?ids=\(iisalmi),\(rauma)")
            #expect(reply.status == .ok)
            let columns = try #require(reply.object["ecosystems"] as? [[String: Any]])
            #expect(columns.map { $0["name"] as? String } == ["Iisalmi", "Rauma"])
            let first = columns[0]
            let population = try #require(first["population"] as? Int)
            let actors = try #require(first["actors"] as? Int)
            #expect(actors >= 1)
            #expect(abs((first["actorsPerThousand"] as? Double ?? 0) - Double(actors) * 1000 / Double(population)) < 0.01)
            #expect(first["networks"] as? Int == 1)
            #expect(try await client.get("/api/v1/ecosystems/compare?ids=\(iisalmi)").status == .unprocessableEntity)
            let seven = ecosystems.prefix(7).compactMap(\.id).map(String.init).joined(separator: ",")
            #expect(try await client.get("/api/v1/ecosystems/compare?ids=\(seven)").status == .unprocessableEntity)
            #expect(try await client.get("/api/v1/ecosystems/compare?ids=\(iisalmi),x").status == .unprocessableEntity)
            let page = try await client.get("/fi/ecosystems/compare?ids[]=\(iisalmi)&ids[]=\(rauma)")
            #expect(page.status == .ok)
            #expect(page.body.contains(Translations.text("compare.perThousand", .fi)))
            let one = try await client.get("/fi/ecosystems/compare?ids[]=\(iisalmi)")
            #expect(one.status == .unprocessableEntity)
            #expect(one.body.contains(Translations.text("compare.count.invalid", .fi)))
        }
    }
}
