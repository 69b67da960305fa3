import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// Every programme and project route, walked from the router itself: writes without credentials are 401, writes by a
/// stranger are 403, reads and writes of what does not exist are 404 — always as problem+json.
@Suite("Programme and project routes: errors on every route")
struct ProgrammeRouteSweepTests {
    func routes(_ app: Application) -> [(method: HTTPMethod, parts: [String])] {
        app.routes.all.compactMap { route in
            let parts = route.path.map(\.description)
            guard parts.starts(with: ["api", "v1"]), ["programmes", "projects"].contains(parts.dropFirst(2).first ?? "") else { return nil }
            return (route.method, parts)
        }
    }

    func path(_ parts: [String], id: Int, child: Int) -> String {
        "/" + parts.map { $0 == ":id" ? "\(id)" : $0.hasPrefix(":") ? "\(child)" : $0 }.joined(separator: "/")
    }

    @Test("Anonymous writes are 401, a stranger's writes 403, and unknown ids 404, on every route")
    func everyRoute() async throws {
        try await withSolmu(demoData: true) { app in
            let sixAika = try #require(try await ProgrammeLoader.query(app.db).filter(\.$name == "6Aika").first())
            let towns = try #require(
                try await Project.query(on: app.db).filter(\.$nameFi == "Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen").first()?.id)
            let stranger = TestClient(app)
            let sitra = try #require(try await Organization.query(on: app.db).filter(\.$name == "Sitra").first()?.id)
            stranger.bearer = try await makeToken(app, for: try await makeUser(app, email: "stranger@example.fi", organizationID: sitra))
            let anonymous = TestClient(app)
            let all = routes(app)
            #expect(all.count >= 40)
            for route in all {
                let isProgramme = route.parts[2] == "programmes"
                let existing = isProgramme ? try sixAika.requireID() : towns
                let child = isProgramme ? (sixAika.indicators.first?.id ?? 1) : 1
                if route.method != .GET {
                    let body: [String: Any] = route.parts.contains("targets") ? ["targets": []] : ["name": ["fi": "x"]]
                    let unauthorized = try await anonymous.json(route.method, path(route.parts, id: existing, child: child), body)
                    #expect(unauthorized.status == .unauthorized, "\(route.method) \(route.parts)")
                    #expect(unauthorized.contentType.hasPrefix("application/problem+json"))
                    // Creating a new programme or project is open to anyone acting for an organisation; the rest is not.
                    if route.parts.count > 3 {
                        let forbidden = try await stranger.json(route.method, path(route.parts, id: existing, child: child), body)
                        #expect(forbidden.status == .forbidden, "\(route.method) \(route.parts): \(forbidden.status)")
                    }
                }
                if route.parts.count > 3 {
                    let missing = try await stranger.json(route.method, path(route.parts, id: 987_654, child: child), [String: Any]())
                    #expect(missing.status == .notFound, "\(route.method) \(route.parts): \(missing.status)")
                    #expect(missing.contentType.hasPrefix("application/problem+json"))
                }
                if route.parts.count > 4, route.parts.last?.hasPrefix(":") == true {
                    let missingChild = try await stranger.json(route.method, path(route.parts, id: existing, child: 987_654), [String: Any]())
                    // Reading or changing a part that does not exist: 404 (or 403 first for a stranger's write).
                    #expect([.notFound, .forbidden].contains(missingChild.status), "\(route.method) \(route.parts): \(missingChild.status)")
                }
            }
        }
    }
}
