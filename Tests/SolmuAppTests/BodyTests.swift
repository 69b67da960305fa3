import Fluent
@testable import SolmuApp
import Testing
import Vapor

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
