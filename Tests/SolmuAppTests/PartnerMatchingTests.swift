import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("Partner matching (WP3)")
struct PartnerMatchingTests {
    @Test("A known small case: knowledge organisations first, then shared networks, then the same region, then by name")
    func ranking() {
        func candidate(_ id: Int, _ name: String, _ type: OrganizationType, region: String?, networks: Set<Int> = []) -> PartnerMatching.Candidate {
            .init(id: id, name: name, type: type, regionCode: region, competences: ["ai-automation"], networks: networks)
        }
        let candidates = [
            candidate(1, "Alfa Oy", .company, region: "11"),
            candidate(2, "Beta Oy", .company, region: "06", networks: [7]),
            candidate(3, "Tampereen yliopisto", .university, region: "06"),
            candidate(4, "Itä-Suomen yliopisto", .university, region: "11"),
            candidate(5, "Gamma ry", .association, region: "11"),
            candidate(6, "Oma Oy", .company, region: "11"),  // already an actor
            candidate(7, "Delta Oy", .company, region: "11"),
        ]
        let result = PartnerMatching.suggest(
            wanted: ["ai-automation"], candidates: candidates, actorIDs: [6],
            actorNetworks: [7: 2], regions: ["11"])
        #expect(result.map(\.candidate.id) == [4, 3, 2, 1, 7, 5])
        #expect(result[0].reasons == [.hasCompetence("ai-automation"), .knowledgeOrganization(.university), .sameRegion("11")])
        #expect(result[2].reasons == [.hasCompetence("ai-automation"), .company(.company), .sharedNetwork(networkID: 7, actors: 2)])
        #expect(result[5].reasons == [.hasCompetence("ai-automation"), .sameRegion("11")])
        let words = ReasonWords(
            competences: ["ai-automation": Competence(id: "ai-automation", fi: "Tekoäly ja automaatio", sv: "AI", en: "AI and automation")],
            networks: [7: "SIXNET"], regions: [:])
        #expect(words.text(result[2].reasons[2], .en) == "Already collaborates with 2 of the ecosystem's actors in SIXNET")
        #expect(words.text(result[0].reasons[0], .fi) == "Osaaminen: Tekoäly ja automaatio")
    }

    @Test("The database ranks the same way; marking a suggestion joined makes it an actor and removes it from the suggestions")
    func fromTheDatabase() async throws {
        try await withSolmu(demoData: true) { app in
            let editor = OrganizationEditor(database: app.db)
            func make(_ name: String, _ type: String, _ place: String) async throws -> Int {
                var input = OrganizationInput()
                input.name = name
                input.type = type
                input.municipalityCode = place
                input.competences = ["circular-economy"]
                let organization = Organization()
                try await editor.save(try await editor.check(input), into: organization)
                return try organization.requireID()
            }
            let company = try await make("Kierto Oy", "company", "091")
            let nearby = try await make("Savon Kierto Oy", "company", "297")  // Pohjois-Savo, like Iisalmi
            let university = try await make("Kiertotalouden korkeakoulu", "universityOfAppliedSciences", "853")
            let iisalmiOrg = try #require(try await Organization.query(on: app.db).filter(\.$name == "Iisalmen kaupunki").first())
            let ecosystem = try #require(try await Ecosystem.query(on: app.db).filter(\.$name == "Iisalmi").first())
            let client = TestClient(app)
            client.bearer = try await makeToken(app, for: try await makeUser(app, email: "iisalmi@example.fi", organizationID: iisalmiOrg.id))
            let id = try ecosystem.requireID()
            #expect(try await client.json(.PATCH, "/api/v1/ecosystems/\(id)", ["wantedCompetences": ["circular-economy"]]).status == .ok)
            let suggestions = try await client.get("/api/v1/ecosystems/\(id)/suggestions")
            let ranked = suggestions.items.filter { $0["competence"] as? String == "circular-economy" }.compactMap { $0["organizationId"] as? Int }
            #expect(Array(ranked.prefix(1)) == [university])
            #expect(ranked.firstIndex(of: nearby)! < ranked.firstIndex(of: company)!)
            let nearbyReasons = suggestions.items.first { $0["organizationId"] as? Int == nearby }?["reasons"] as? [String] ?? []
            #expect(nearbyReasons.contains { $0.contains("Pohjois-Savo") || $0.contains("North Savo") })

            let bad = try await client.json(
                .PUT, "/api/v1/ecosystems/\(id)/suggestions", ["organizationId": university, "competence": "circular-economy", "status": "married"])
            #expect((bad.object["errors"] as? [[String: String]])?.map { $0["field"] } == ["status"])
            let joined = try await client.json(
                .PUT, "/api/v1/ecosystems/\(id)/suggestions", ["organizationId": university, "competence": "circular-economy", "status": "joined"])
            #expect(joined.status == .noContent)
            let picture = try await client.get("/api/v1/ecosystems/\(id)/situation")
            #expect((picture.object["actorIDs"] as? [Int])?.contains(university) == true)
            #expect(picture.object["gap"] as? [String] == [])
            let after = try await client.get("/api/v1/ecosystems/\(id)/suggestions")
            #expect(!after.items.contains { $0["organizationId"] as? Int == university })
        }
    }
}
