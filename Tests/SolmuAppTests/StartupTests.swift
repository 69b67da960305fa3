import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("Startups")
struct StartupTests {
    @Test("Startups carry sector and stage; others may not; a region's report counts what the atlas holds")
    func report() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            client.bearer = try await makeToken(app, for: try await makeUser(app))
            let empty = try await client.get("/api/v1/regions/06/startups")
            #expect(empty.object["total"] as? Int == 0)
            for (name, place, sector, year) in [
                ("Koodi Oy", "837", "Software", 2019), ("Terve Oy", "837", "health tech", 2021), ("Opeta Oy", "211", "software", 2021),
            ] {
                let reply = try await client.json(
                    .POST, "/api/v1/organizations",
                    ["name": name, "type": "startup", "municipalityCode": place, "sector": sector, "stage": "seed", "foundedYear": year])
                #expect(reply.status == .created)
                #expect(reply.object["stage"] as? String == "seed")
            }
            let wrong = try await client.json(
                .POST, "/api/v1/organizations", ["name": "Iso Oy", "type": "company", "sector": "software", "stage": "rocket"])
            #expect(Set((wrong.object["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] }) == ["sector", "stage"])
            let report = try await client.get("/api/v1/regions/06/startups")
            #expect(report.object["total"] as? Int == 3)
            let sectors = (report.object["bySector"] as? [[String: Any]] ?? []).map { "\($0["key"]!)=\($0["count"]!)" }
            #expect(sectors == ["software=2", "health tech=1"])
            let years = (report.object["byFoundingYear"] as? [[String: Any]] ?? []).map { "\($0["key"]!)=\($0["count"]!)" }
            #expect(years == ["2019=1", "2021=2"])
            #expect(try await client.get("/api/v1/regions/99/startups").status == .notFound)
            let page = try await client.get("/sv/regions/06/startups")
            #expect(page.status == .ok)
            #expect(page.body.contains("Tammerfors"))
            // The alliance of Pirkanmaa's public actors links to its region's startups.
            let alliance = try #require(try await Network.query(on: app.db).filter(\.$name == "Pirkanmaan startup-allianssi").first()?.id)
            #expect(try await client.get("/fi/networks/\(alliance)").body.contains("href=\"/fi/regions/06/startups\""))
        }
    }
}
