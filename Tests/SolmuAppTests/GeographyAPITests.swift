import Testing
import Vapor

@testable import SolmuApp

@Suite("Regions, municipalities, competences, health")
struct GeographyAPITests {
    @Test("healthz names the database engine in use")
    func health() async throws {
        try await withSolmu { app in
            let reply = try await TestClient(app).get("/api/v1/healthz")
            #expect(reply.status == .ok)
            #expect(reply.object["status"] as? String == "ok")
            #expect(reply.object["database"] as? String == TestDatabase.engineName)
        }
    }

    @Test("19 regions with their three names; 308 municipalities; filter by region")
    func regionsAndMunicipalities() async throws {
        try await withSolmu { app in
            let client = TestClient(app)
            let regions = try await client.get("/api/v1/regions")
            #expect(regions.total == 19)
            let pirkanmaa = try #require(regions.items.first { $0["code"] as? String == "06" })
            #expect((pirkanmaa["name"] as? [String: String]) == ["fi": "Pirkanmaa", "sv": "Birkaland", "en": "Pirkanmaa"])
            #expect(regions.items.reduce(0) { $0 + ($1["municipalityCount"] as? Int ?? 0) } == 308)

            let all = try await client.get("/api/v1/municipalities")
            #expect(all.total == 308)
            let helsinki = try #require(all.items.first { $0["code"] as? String == "091" })
            #expect(helsinki["bilingual"] as? Bool == true)
            #expect((helsinki["name"] as? [String: String])?["sv"] == "Helsingfors")
            #expect(helsinki["population"] as? Int ?? 0 > 600_000)

            let inPirkanmaa = try await client.get("/api/v1/municipalities?region=06")
            #expect(inPirkanmaa.total == pirkanmaa["municipalityCount"] as? Int)
            #expect(inPirkanmaa.items.allSatisfy { $0["regionCode"] as? String == "06" })
            #expect(inPirkanmaa.items.contains { $0["code"] as? String == "837" })

            #expect(try await client.get("/api/v1/regions/06").object["code"] as? String == "06")
            #expect(try await client.get("/api/v1/municipalities/837").object["regionCode"] as? String == "06")
            let missing = try await client.get("/api/v1/municipalities/999")
            #expect(missing.status == .notFound)
            #expect(missing.contentType.hasPrefix("application/problem+json"))
        }
    }

    @Test("Competence vocabulary in three languages, as JSON and CSV")
    func competences() async throws {
        try await withSolmu { app in
            let client = TestClient(app)
            let reply = try await client.get("/api/v1/competences")
            #expect(reply.total == SeedCompetences.vocabulary.count)
            let ai = try #require(reply.items.first { $0["id"] as? String == "ai-automation" })
            #expect((ai["name"] as? [String: String])?["sv"] == "Artificiell intelligens och automation")
            let csv = try await client.get("/api/v1/competences?format=csv")
            #expect(csv.body.hasPrefix("\u{FEFF}id,name_fi,name_sv,name_en\r\n"))
            #expect(csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == SeedCompetences.vocabulary.count + 1)
        }
    }

    @Test("Regions CSV: BOM, header, one row per region")
    func regionsCSV() async throws {
        try await withSolmu { app in
            let csv = try await TestClient(app).get("/api/v1/regions?format=csv")
            #expect(csv.contentType.hasPrefix("text/csv"))
            let lines = csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first == "\u{FEFF}code,name_fi,name_sv,name_en,municipality_count")
            #expect(lines.count == 20)
            #expect(lines.contains("06,Pirkanmaa,Birkaland,Pirkanmaa,23"))
        }
    }
}
