import Fluent
import Testing
import Vapor

@testable import SolmuApp

/// Programmes and projects through the API and pages, on the real database of the run (SQLite or PostgreSQL).
@Suite("Programmes and projects: rule, roll-ups, money, reporting")
struct ProgrammeTests {
    func organizationID(_ app: Application, _ name: String) async throws -> Int {
        try #require(try await Organization.query(on: app.db).filter(\.$name == name).first()?.id)
    }

    /// A client acting for `organization`, with a bearer token.
    func client(_ app: Application, _ email: String, organization: String? = nil, person: String? = nil) async throws -> TestClient {
        let client = TestClient(app)
        let user = try await makeUser(app, email: email, organizationID: try await organization.asyncMap { try await organizationID(app, $0) })
        if let person { user.$person.id = try await Person.query(on: app.db).filter(\.$name == person).first()?.id; try await user.save(on: app.db) }
        client.bearer = try await makeToken(app, for: user)
        return client
    }

    /// A small programme: Helsinki and Espoo as member cities, the two-city rule, ERDF, and three indicators that add up differently.
    func smallProgramme(_ app: Application, _ coordinator: TestClient) async throws -> (programme: Int, instrument: Int, indicators: [String: Int]) {
        let cities = [try await organizationID(app, "Helsingin kaupunki"), try await organizationID(app, "Espoon kaupunki")]
        let created = try await coordinator.json(
            .POST, "/api/v1/programmes",
            [
                "name": "Testiohjelma", "memberCities": cities, "minMemberCities": 2,
                "themes": ["smart-mobility", "learning"], "budgetCents": 100_000_00,
            ])
        #expect(created.status == .created)
        let programme = try #require(created.object["id"] as? Int)
        let instrument = try await coordinator.json(.POST, "/api/v1/programmes/\(programme)/instruments", ["code": "ERDF", "name": ["fi": "EAKR"]])
        var indicators: [String: Int] = [:]
        for (code, aggregation) in [("companies", "sum"), ("peak", "maximum"), ("jobs", "latest")] {
            let reply = try await coordinator.json(
                .POST, "/api/v1/programmes/\(programme)/indicators",
                ["code": code, "name": ["fi": code], "unit": "count", "aggregation": aggregation])
            #expect(reply.status == .created)
            indicators[code] = reply.object["id"] as? Int
        }
        return (programme, try #require(instrument.object["id"] as? Int), indicators)
    }

    @Test("The demo's 6Aika and the regional towns' project read as the seeds say, in all three languages")
    func demo() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let list = try await client.get("/api/v1/programmes")
            let sixAika = try #require(list.items.first { $0["name"] as? String == "6Aika" })
            #expect(sixAika["budgetCents"] as? Int == 9_500_000_000)
            #expect(sixAika["budgetApproximate"] as? Bool == true)
            #expect(sixAika["minMemberCities"] as? Int == 2)
            #expect((sixAika["memberCities"] as? [[String: Any]])?.count == 6)
            let instruments = sixAika["instruments"] as? [[String: Any]] ?? []
            #expect(instruments.map { "\($0["code"] ?? ""):\($0["administratorName"] ?? "")" } == ["ERDF:Uudenmaan liitto", "ESF:Hämeen ELY-keskus"])
            let figures = (sixAika["figures"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
            #expect(figures == ["708", "5685", "13", "60"])
            let id = try #require(sixAika["id"] as? Int)
            let projects = try await client.get("/api/v1/projects?programme=\(id)")
            #expect(
                projects.items.compactMap { ($0["name"] as? [String: Any])?["fi"] as? String } == [
                    "Avoimet innovaatioalustat", "Avoin data ja rajapinnat", "Avoin osallisuus ja asiakkuus",
                ])
            #expect(projects.items.allSatisfy { $0["spearhead"] as? Bool == true && $0["status"] as? String == "closed" && $0["totalCents"] == nil })

            let towns = try #require(
                try await Project.query(on: app.db).filter(\.$nameFi == "Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen").first()?.id)
            let project = try await client.get("/api/v1/projects/\(towns)")
            let packages = project.object["workPackages"] as? [[String: Any]] ?? []
            #expect(
                packages.map { "\($0["number"] ?? 0):\($0["responsibleName"] ?? "")" } == [
                    "1:Iisalmen kaupunki", "2:Iisalmen kaupunki", "3:Savonlinnan hankekehitys Oy", "4:Savonlinnan hankekehitys Oy",
                    "5:Iisalmen kaupunki",
                ])
            let implementers = project.object["implementers"] as? [[String: Any]] ?? []
            #expect(implementers.first?["role"] as? String == "lead")
            #expect(implementers.filter { $0["role"] as? String == "networkPartner" }.count == 5)

            for (language, heading, unknown) in [
                ("fi", "Tulevaisuuden strategiat", "Ei tiedossa"), ("sv", "Framtidsstrategier", "Okänt"),
                ("en", "Strategies for the future", "Unknown"),
            ] {
                let page = try await client.get("/\(language)/projects/\(towns)")
                #expect(page.status == .ok)
                #expect(page.body.contains(heading), "\(language)")
                #expect(page.body.contains(unknown), "\(language): an unknown budget is shown as unknown")
                let programme = try await client.get("/\(language)/programmes/\(id)")
                #expect(programme.body.contains("5\u{00A0}685"), "\(language)")
                #expect(programme.body.contains("Uudenmaan liitto"))
            }
            let spearhead = try await client.get("/en/projects/\(try #require(projects.items.first?["id"] as? Int))")
            #expect(spearhead.body.contains("Implementers from 6 of 6 member cities ✓ (the programme requires 2)"))
        }
    }

    @Test("Indicator roll-ups: sum, maximum and latest per project, summed over projects, per instrument and year")
    func rollUps() async throws {
        try await withSolmu(demoData: true) { app in
            let coordinator = try await client(app, "office@example.fi", organization: "Forum Virium Helsinki")
            let (programme, instrument, indicators) = try await smallProgramme(app, coordinator)
            var projectIDs: [Int] = []
            for (name, withInstrument) in [("Alpha", true), ("Beta", false)] {
                var body: [String: Any] = ["name": ["fi": name], "programmeId": programme, "startsOn": "2024-01-01", "endsOn": "2025-12-31"]
                if withInstrument { body["instrumentId"] = instrument }
                let reply = try await coordinator.json(.POST, "/api/v1/projects", body)
                #expect(reply.status == .created)
                projectIDs.append(try #require((reply.object["project"] as? [String: Any])?["id"] as? Int))
            }
            let reports: [(Int, String, String, String, String)] = [
                (projectIDs[0], "companies", "2024-01-01", "2024-06-30", "3"), (projectIDs[0], "companies", "2024-07-01", "2024-12-31", "4.5"),
                (projectIDs[1], "companies", "2025-01-01", "2025-06-30", "10"),
                (projectIDs[0], "peak", "2024-01-01", "2024-06-30", "7"), (projectIDs[0], "peak", "2024-07-01", "2024-12-31", "5"),
                (projectIDs[1], "peak", "2025-01-01", "2025-06-30", "2"),
                (projectIDs[0], "jobs", "2024-01-01", "2024-06-30", "9"), (projectIDs[0], "jobs", "2025-01-01", "2025-06-30", "4"),
                (projectIDs[1], "jobs", "2024-01-01", "2024-12-31", "1"),
                // Two periods ending the same day: the later start (the quarter, not the half-year) is the latest.
                (projectIDs[1], "jobs", "2025-01-01", "2025-06-30", "6"), (projectIDs[1], "jobs", "2025-04-01", "2025-06-30", "2"),
            ]
            for (project, code, start, end, value) in reports {
                let reply = try await coordinator.json(
                    .POST, "/api/v1/projects/\(project)/reports",
                    ["indicatorId": indicators[code]!, "periodStart": start, "periodEnd": end, "value": value])
                #expect(reply.status == .created, "\(code) \(start): \(reply.body)")
            }
            #expect(
                try await coordinator.json(
                    .PUT, "/api/v1/projects/\(projectIDs[0])/targets",
                    ["targets": [["indicatorId": indicators["companies"]!, "value": "20"]]]
                ).status == .ok)
            let dashboard = try await coordinator.get("/api/v1/programmes/\(programme)/dashboard")
            let figures = Dictionary(
                uniqueKeysWithValues: (dashboard.object["indicators"] as? [[String: Any]] ?? []).map { ($0["code"] as? String ?? "", $0) })
            #expect(figures["companies"]?["actual"] as? String == "17.5")  // 3 + 4.5 + 10
            #expect(figures["companies"]?["target"] as? String == "20")
            #expect(figures["peak"]?["actual"] as? String == "9")  // max 7 + max 2
            #expect(figures["jobs"]?["actual"] as? String == "6")  // latest 4 (Alpha) + latest 2 (Beta, the Q2 report)
            let byInstrument = (figures["companies"]?["byInstrument"] as? [[String: Any]] ?? []).map {
                "\($0["key"] ?? "none"):\($0["actual"] ?? "")"
            }
            #expect(byInstrument == ["ERDF:7.5", "none:10"])
            #expect(
                try await coordinator.json(.PATCH, "/api/v1/projects/\(projectIDs[0])", ["themes": ["learning", "smart-mobility"]]).status == .ok)
            let themed = try await coordinator.get("/api/v1/programmes/\(programme)/dashboard")
            let companies = (themed.object["indicators"] as? [[String: Any]] ?? []).first { $0["code"] as? String == "companies" }
            let byTheme = (companies?["byTheme"] as? [[String: Any]] ?? []).map { "\($0["key"] ?? ""):\($0["target"] ?? ""):\($0["actual"] ?? "")" }
            #expect(byTheme == ["learning:20:7.5", "smart-mobility:20:7.5"])  // Alpha counts under both of its themes
            let byYear = (figures["jobs"]?["byYear"] as? [[String: Any]] ?? []).map { "\($0["key"] ?? ""):\($0["actual"] ?? "")" }
            #expect(byYear == ["2024:10", "2025:6"])  // 2024: latest 9 (Alpha) + 1 (Beta); 2025: 4 + 2
            let page = try await coordinator.get("/en/programmes/\(programme)")
            #expect(page.body.contains("17.5"))
            // Removing a report counts the project's actual again.
            let betaReports = try await coordinator.get("/api/v1/projects/\(projectIDs[1])/reports")
            let ten = try #require(betaReports.items.first { $0["value"] as? String == "10" }?["id"] as? Int)
            #expect(try await coordinator.send(.DELETE, "/api/v1/projects/\(projectIDs[1])/reports/\(ten)").status == .noContent)
            let after = try await coordinator.get("/api/v1/programmes/\(programme)/dashboard")
            let companiesAfter = (after.object["indicators"] as? [[String: Any]] ?? []).first { $0["code"] as? String == "companies" }
            #expect(companiesAfter?["actual"] as? String == "7.5")
        }
    }

    @Test("The eligibility rule: a one-city project can be planned but not ongoing, and the page says why")
    func eligibility() async throws {
        try await withSolmu(demoData: true) { app in
            let coordinator = try await client(app, "office@example.fi", organization: "Forum Virium Helsinki")
            let (programme, _, _) = try await smallProgramme(app, coordinator)
            let helsinki = try await client(app, "hki@example.fi", organization: "Helsingin kaupunki")
            let created = try await helsinki.json(.POST, "/api/v1/projects", ["name": ["fi": "Yhden kaupungin hanke"], "programmeId": programme])
            #expect(created.status == .created)
            let project = try #require((created.object["project"] as? [String: Any])?["id"] as? Int)
            let rule = created.object["eligibility"] as? [String: Any]
            #expect(rule?["passes"] as? Bool == false)
            #expect(rule?["citiesCovered"] as? [String] == ["Helsingin kaupunki"])
            let refused = try await helsinki.json(.PATCH, "/api/v1/projects/\(project)", ["status": "ongoing"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.contentType.hasPrefix("application/problem+json"))
            #expect(refused.body.contains("\"field\":\"status\""))
            let page = try await helsinki.get("/en/projects/\(project)")
            #expect(page.body.contains("rule--fails"))
            let espoo = try await organizationID(app, "Espoon kaupunki")
            #expect(
                try await helsinki.json(.POST, "/api/v1/projects/\(project)/implementers", ["organizationId": espoo, "role": "coImplementer"]).status
                    == .created)
            let running = try await helsinki.json(.PATCH, "/api/v1/projects/\(project)", ["status": "ongoing"])
            #expect(running.status == .ok)
            #expect((running.object["eligibility"] as? [String: Any])?["passes"] as? Bool == true)
            #expect(try await helsinki.get("/en/projects/\(project)").body.contains("rule--passes"))
        }
    }

    @Test("Bad input is refused by field and nothing is saved")
    func badInput() async throws {
        try await withSolmu(demoData: true) { app in
            let coordinator = try await client(app, "office@example.fi", organization: "Forum Virium Helsinki")
            let (programme, _, indicators) = try await smallProgramme(app, coordinator)
            let before = try await Project.query(on: app.db).count()
            for (body, field) in [
                (["totalCents": -5], "totalCents"), (["totalCents": 100, "euCents": 101], "euCents"),
                (["totalCents": 100, "euCents": 60, "nationalCents": 30, "ownCents": 20], "ownCents"),
                (["startsOn": "2025-05-01", "endsOn": "2024-01-01"], "endsOn"), (["status": "running"], "status"),
            ] as [([String: Any], String)] {
                var full = body
                full["name"] = ["fi": "Virheellinen"]
                full["programmeId"] = programme
                let reply = try await coordinator.json(.POST, "/api/v1/projects", full)
                #expect(reply.status == .unprocessableEntity, "\(field)")
                #expect(reply.body.contains("\"field\":\"\(field)\""), "\(field): \(reply.body)")
            }
            #expect(try await Project.query(on: app.db).count() == before)

            let created = try await coordinator.json(
                .POST, "/api/v1/projects",
                [
                    "name": ["fi": "Hanke"], "programmeId": programme,
                    "startsOn": "2024-01-01", "endsOn": "2024-12-31",
                ])
            let project = try #require((created.object["project"] as? [String: Any])?["id"] as? Int)
            let outsider = try await organizationID(app, "Sitra")
            let wp = try await coordinator.json(
                .POST, "/api/v1/projects/\(project)/work-packages", ["number": 1, "title": ["fi": "Hallinto"], "responsibleId": outsider])
            #expect(wp.status == .unprocessableEntity)
            #expect(wp.body.contains("\"field\":\"responsibleId\""))
            for (start, end, field) in [
                ("2023-12-01", "2024-01-31", "periodStart"), ("2024-12-01", "2025-01-31", "periodEnd"), ("2024-02-30", "2024-03-31", "periodStart"),
            ] {
                let reply = try await coordinator.json(
                    .POST, "/api/v1/projects/\(project)/reports",
                    ["indicatorId": indicators["companies"]!, "periodStart": start, "periodEnd": end, "value": "1"])
                #expect(reply.status == .unprocessableEntity)
                #expect(reply.body.contains("\"field\":\"\(field)\""), "\(start): \(reply.body)")
            }
            #expect(try await IndicatorReport.query(on: app.db).count() == 0)

            // The form keeps what was typed and puts the message beside the field.
            let browser = TestClient(app)
            try await makeUser(app, email: "form@example.fi", organizationID: try await organizationID(app, "Forum Virium Helsinki"))
            _ = try await browser.signIn(email: "form@example.fi")
            let form = try await browser.get("/fi/projects/new?programme=\(programme)")
            let refused = try await browser.postForm(
                "/fi/projects/new",
                [
                    ("nameFi", "Lomakehanke"), ("programmeId", "\(programme)"), ("status", "planned"),
                    ("totalCents", "1 000,00"), ("euCents", "2000"),
                ], csrfFrom: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.inputValue("nameFi") == "Lomakehanke")
            #expect(refused.inputValue("euCents") == "2000")
            #expect(refused.body.contains("field-euCents-error"))
            let saved = try await browser.postForm(
                "/fi/projects/new",
                [
                    ("nameFi", "Lomakehanke"), ("programmeId", "\(programme)"), ("status", "planned"),
                    ("totalCents", "1 000,50"), ("euCents", "600,25"),
                ], csrfFrom: form)
            #expect(saved.status == .seeOther)
            let stored = try #require(try await Project.query(on: app.db).filter(\.$nameFi == "Lomakehanke").first())
            #expect(stored.totalCents == 100_050)
            #expect(stored.euCents == 60_025)
        }
    }

    @Test("Two managers reporting the same period: one succeeds, the other gets a conflict; stale corrections are refused")
    func concurrentReporting() async throws {
        try await withSolmu(demoData: true) { app in
            let coordinator = try await client(app, "office@example.fi", organization: "Forum Virium Helsinki")
            let (programme, _, indicators) = try await smallProgramme(app, coordinator)
            let created = try await coordinator.json(.POST, "/api/v1/projects", ["name": ["fi": "Rinnakkain"], "programmeId": programme])
            let project = try #require((created.object["project"] as? [String: Any])?["id"] as? Int)
            // Two managers (two clients, two tokens) post the same period at the same moment.
            let second = try await client(app, "second@example.fi", organization: "Forum Virium Helsinki")
            nonisolated(unsafe) let managers = [coordinator, second]
            let indicator = indicators["companies"]!
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for index in 0..<2 {
                    group.addTask {
                        try await managers[index].json(
                            .POST, "/api/v1/projects/\(project)/reports",
                            ["indicatorId": indicator, "periodStart": "2024-01-01", "periodEnd": "2024-06-30", "value": "\(5 + index)"]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.sorted { $0.code < $1.code } == [.created, .conflict])
            #expect(try await IndicatorReport.query(on: app.db).count() == 1)
            let report = try #require(try await IndicatorReport.query(on: app.db).first())
            let path = "/api/v1/projects/\(project)/reports/\(try report.requireID())"
            let first = try await coordinator.json(.PATCH, path, ["value": "8", "version": 1])
            #expect(first.status == .ok)
            #expect(first.object["version"] as? Int == 2)
            let stale = try await coordinator.json(.PATCH, path, ["value": "9", "version": 1])
            #expect(stale.status == .conflict)
            #expect(stale.contentType.hasPrefix("application/problem+json"))
            #expect(try await IndicatorReport.find(report.id, on: app.db)?.value == 8_000)

            // Twelve different periods reported at once by two managers: every one is counted in the dashboard.
            let statuses2 = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for month in 1...12 {
                    group.addTask {
                        let day = String(format: "2023-%02d-01", month)
                        let end = String(format: "2023-%02d-28", month)
                        return try await managers[month % 2].json(
                            .POST, "/api/v1/projects/\(project)/reports",
                            ["indicatorId": indicator, "periodStart": day, "periodEnd": end, "value": "1"]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses2.allSatisfy { $0 == .created })
            let dashboard = try await coordinator.get("/api/v1/programmes/\(programme)/dashboard")
            let companies = (dashboard.object["indicators"] as? [[String: Any]] ?? []).first { $0["code"] as? String == "companies" }
            #expect(companies?["actual"] as? String == "20")  // 8 + 12 × 1
            let years = (companies?["byYear"] as? [[String: Any]] ?? []).map { "\($0["key"] ?? ""):\($0["actual"] ?? "")" }
            #expect(years == ["2023:12", "2024:8"])
        }
    }

    @Test("Money is exact: the dashboard's totals are the sums of its rows, to the cent")
    func exactMoney() async throws {
        try await withSolmu(demoData: true) { app in
            let coordinator = try await client(app, "office@example.fi", organization: "Forum Virium Helsinki")
            let (programme, instrument, _) = try await smallProgramme(app, coordinator)
            let amounts: [Int64] = [10, 20, 33_333_333, 1]
            for (index, cents) in amounts.enumerated() {
                let reply = try await coordinator.json(
                    .POST, "/api/v1/projects",
                    [
                        "name": ["fi": "Raha \(index)"], "programmeId": programme,
                        "instrumentId": instrument, "totalCents": cents,
                        "themes": index == 2 ? ["smart-mobility", "learning", "circular-economy"] : ["learning"],
                    ])
                #expect(reply.status == .created)
            }
            _ = try await coordinator.json(.POST, "/api/v1/projects", ["name": ["fi": "Tuntematon"], "programmeId": programme])
            let dashboard = try await coordinator.get("/api/v1/programmes/\(programme)/dashboard")
            let total = dashboard.object["budgetTotal"] as? [String: Any]
            #expect((total?["cents"] as? Int).map(Int64.init) == amounts.reduce(0, +))
            #expect(total?["unknownBudgets"] as? Int == 1)
            let expected: Int64 = amounts.reduce(0, +)
            func rowSum(_ key: String) -> Int64 {
                let rows = dashboard.object[key] as? [[String: Any]] ?? []
                return rows.reduce(Int64(0)) { $0 + Int64($1["cents"] as? Int ?? 0) }
            }
            let themeSum = rowSum("budgetByTheme"), instrumentSum = rowSum("budgetByInstrument")
            #expect(themeSum == expected)
            #expect(instrumentSum == expected)
            #expect(ProgrammeDashboard.split(100, into: 3).compactMap { $0 } == [34, 33, 33])
            let csv = try await coordinator.get("/api/v1/projects?programme=\(programme)&format=csv")
            #expect(csv.body.contains("333333.33"))
        }
    }

    @Test("Who may do what: the public reads, a project manager reports, a coordinator keeps the programme")
    func permissions() async throws {
        try await withSolmu(demoData: true) { app in
            let towns = try #require(
                try await Project.query(on: app.db).filter(\.$nameFi == "Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen").first()?.id)
            let sixAika = try #require(try await Programme.query(on: app.db).filter(\.$name == "6Aika").first()?.id)
            #expect(try await TestClient(app).json(.PATCH, "/api/v1/projects/\(towns)", ["website": "x.fi"]).status == .unauthorized)
            let stranger = try await client(app, "stranger@example.fi", organization: "Sitra")
            #expect(try await stranger.json(.PATCH, "/api/v1/projects/\(towns)", ["website": "x.fi"]).status == .forbidden)
            #expect(try await stranger.json(.PATCH, "/api/v1/programmes/\(sixAika)", ["website": "x.fi"]).status == .forbidden)
            // A partner's contact person manages the project even though their organisation does not lead it.
            let manager = try await client(app, "manager@example.fi", organization: "Rauman kaupunki", person: "Heikki Nurmi")
            let patched = try await manager.json(.PATCH, "/api/v1/projects/\(towns)", ["website": "seutukaupungit.example.fi"])
            #expect(patched.status == .ok)
            #expect((patched.object["project"] as? [String: Any])?["website"] as? String == "https://seutukaupungit.example.fi")
            #expect((patched.object["workPackages"] as? [[String: Any]])?.count == 5)
            let office = try await client(app, "office@example.fi", organization: "Forum Virium Helsinki")
            #expect(try await office.json(.PATCH, "/api/v1/programmes/\(sixAika)", ["website": "6aika.fi"]).status == .ok)
            #expect(try await office.json(.POST, "/api/v1/programmes/\(sixAika)/indicators", ["code": "x"]).status == .unprocessableEntity)
            // Public pages never show a contact's e-mail without consent.
            let person = try #require(try await Person.query(on: app.db).filter(\.$name == "Heikki Nurmi").first())
            person.email = "heikki.nurmi@example.fi"
            try await person.save(on: app.db)
            #expect(!(try await TestClient(app).get("/fi/projects/\(towns)").body.contains("heikki.nurmi@example.fi")))
        }
    }

    @Test("The portfolio filters by theme, status, instrument, city and implementer; bad filters are 422")
    func portfolio() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let sixAika = try #require(try await Programme.query(on: app.db).filter(\.$name == "6Aika").first()?.id)
            #expect(try await client.get("/api/v1/projects?programme=\(sixAika)&theme=open-data-apis").total == 1)
            #expect(try await client.get("/api/v1/projects?programme=\(sixAika)&status=ongoing").total == 0)
            #expect(try await client.get("/api/v1/projects?city=140").total == 1)
            #expect(try await client.get("/api/v1/projects?implementer=\(try await organizationID(app, "Oulun kaupunki"))").total == 3)
            #expect(try await client.get("/api/v1/projects?q=avoin data").total == 1)
            let bad = try await client.get("/api/v1/projects?status=running&programme=x")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("\"field\":\"status\"") && bad.body.contains("\"field\":\"programme\""))
            let page = try await client.get("/fi/programmes/\(sixAika)/projects?theme=open-data-apis")
            #expect(page.body.contains("Avoin data ja rajapinnat"))
            #expect(!page.body.contains(">Avoimet innovaatioalustat</a>"))
        }
    }
}
