import Testing
import Vapor

@testable import SolmuApp

@Suite("Organisations API: search, filters, paging, CSV")
struct OrganizationSearchAPITests {
    func names(_ reply: TestClient.Reply) -> [String] { reply.items.compactMap { $0["name"] as? String } }

    @Test("q=tampere finds Business Tampere and Tampereen kaupunki")
    func tampere() async throws {
        try await withSolmu(demoData: true) { app in
            let reply = try await TestClient(app).get("/api/v1/organizations?q=tampere")
            #expect(reply.status == .ok)
            #expect(names(reply).contains("Business Tampere"))
            #expect(names(reply).contains("Tampereen kaupunki"))
        }
    }

    @Test("Prefix matching, with or without Finnish letters", arguments: ["Hämeen", "hameen", "HÄMEEN", "häm"])
    func prefix(query: String) async throws {
        try await withSolmu(demoData: true) { app in
            let path = "/api/v1/organizations?q=" + (query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query)
            let reply = try await TestClient(app).get(path)
            #expect(names(reply).contains("Hämeen ELY-keskus"))
            #expect(!names(reply).contains("Business Tampere"))
        }
    }

    @Test("A search typed without Finnish letters finds a place name with them")
    func foldedPlaceName() async throws {
        try await withSolmu { app in
            let client = TestClient(app)
            let user = try await makeUser(app)
            client.bearer = try await makeToken(app, for: user)
            let created = try await client.json(
                .POST, "/api/v1/organizations", ["name": "Linnan Kone Oy", "type": "company", "municipalityCode": "109"])
            #expect(created.status == .created)
            let found = try await client.get("/api/v1/organizations?q=hameenlinna")
            #expect(names(found) == ["Linnan Kone Oy"])
        }
    }

    @Test("Every word must match; description and competence names are searched")
    func allWordsAndCompetences() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let startups = try await client.get("/api/v1/organizations?q=startup%20pirkanmaa")
            #expect(names(startups).contains("Business Tampere"))
            #expect(!names(startups).contains("Helsingin kaupunki"))
            let swedishCompetence = try await client.get("/api/v1/organizations?q=startupf%C3%B6retag")
            #expect(names(swedishCompetence).contains("Business Tampere"))
            let nothing = try await client.get("/api/v1/organizations?q=zzzyxq")
            #expect(nothing.total == 0 && nothing.items.isEmpty)
        }
    }

    @Test("Symbols in a query are words, never search syntax")
    func hostileQuery() async throws {
        try await withSolmu(demoData: true) { app in
            for query in ["\"", "tampere OR", "NEAR(a b)", "*", "tam*pe'", "a:b", "' OR 1=1 --"] {
                let reply = try await TestClient(app).get(
                    "/api/v1/organizations?q=" + (query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
                #expect(reply.status == .ok, "\(query)")
            }
        }
    }

    @Test("Filters by type, region, municipality and competence narrow the list")
    func filters() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let cities = try await client.get("/api/v1/organizations?type=municipality&limit=200")
            #expect(cities.total >= 6)
            #expect(cities.items.allSatisfy { $0["type"] as? String == "municipality" })

            let pirkanmaa = try await client.get("/api/v1/organizations?region=06&limit=200")
            #expect(pirkanmaa.items.allSatisfy { $0["regionCode"] as? String == "06" })
            #expect(names(pirkanmaa).contains("Pirkanmaan liitto"))

            let tampere = try await client.get("/api/v1/organizations?municipality=837&limit=200")
            #expect(tampere.items.allSatisfy { $0["municipalityCode"] as? String == "837" })
            #expect(tampere.total <= pirkanmaa.total)

            let startups = try await client.get("/api/v1/organizations?competence=startups&limit=200")
            #expect(startups.total > 0)
            #expect(startups.items.allSatisfy { ($0["competences"] as? [String])?.contains("startups") == true })

            let combined = try await client.get("/api/v1/organizations?competence=startups&type=regionalCouncil&q=pirkanmaan")
            #expect(names(combined) == ["Pirkanmaan liitto"])

            let unknownType = try await client.get("/api/v1/organizations?type=castle")
            #expect(unknownType.status == .unprocessableEntity)
            #expect((unknownType.object["errors"] as? [[String: String]])?.first?["field"] == "type")
        }
    }

    @Test("Paging: pages do not overlap and add up to the total")
    func paging() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let total = try await client.get("/api/v1/organizations?limit=1").total
            #expect(total >= 25)
            var seen: [Int] = []
            var offset = 0
            while offset < total {
                let page = try await client.get("/api/v1/organizations?limit=10&offset=\(offset)")
                #expect(page.object["limit"] as? Int == 10)
                #expect(page.object["offset"] as? Int == offset)
                #expect(page.total == total)
                seen += page.items.compactMap { $0["id"] as? Int }
                offset += 10
            }
            #expect(seen.count == total)
            #expect(Set(seen).count == total)
            for bad in ["limit=0", "limit=201", "limit=ten", "offset=-1"] {
                let reply = try await client.get("/api/v1/organizations?\(bad)")
                #expect(reply.status == .unprocessableEntity, "\(bad)")
                #expect(reply.contentType.hasPrefix("application/problem+json"))
            }
        }
    }

    @Test("CSV export: BOM, header, every matching row, filters respected")
    func csvExport() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let all = try await client.get("/api/v1/organizations?format=csv")
            #expect(all.status == .ok)
            #expect(all.contentType.hasPrefix("text/csv"))
            #expect(all.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(all.body.hasPrefix("\u{FEFF}id,name,type,business_id,municipality_code,region_code,website,"))
            let lines = all.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            let total = try await client.get("/api/v1/organizations").total
            #expect(lines.count == total + 1)
            #expect(lines.contains { $0.contains("Tampereen kaupunki,municipality,0211675-2,837,06") })

            let filtered = try await client.get("/api/v1/organizations?format=csv&region=06")
            let filteredTotal = try await client.get("/api/v1/organizations?region=06").total
            #expect(filtered.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == filteredTotal + 1)
        }
    }

    @Test("CSV export streams more rows than one batch")
    func csvManyRows() async throws {
        try await withSolmu { app in
            let editor = OrganizationEditor(database: app.db)
            for index in 0..<1_203 {
                var input = OrganizationInput()
                input.name = "Testi \(index) Oy"
                input.type = "company"
                try await editor.save(try await editor.check(input), into: Organization())
            }
            let csv = try await TestClient(app).get("/api/v1/organizations?format=csv&q=testi")
            let lines = csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 1_204)
            #expect(Set(lines).count == 1_204)
        }
    }
}
