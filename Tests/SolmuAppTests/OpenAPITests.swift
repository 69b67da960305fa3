import Foundation
@testable import SolmuApp
import Testing
import Vapor

@Suite("OpenAPI document")
struct OpenAPITests {
    @Test("Every API route is in the document, and every operation in it is a route")
    func routesMatchDocument() async throws {
        try await withSolmu { app in
            let served = try await TestClient(app).get("/api/v1/openapi.json")
            #expect(served.status == .ok)
            let root = try #require(served.json as? [String: Any])
            #expect(root["openapi"] as? String == "3.1.0")
            let paths = try #require(root["paths"] as? [String: [String: Any]])
            var documented = Set<String>()
            for (path, item) in paths {
                for method in ["get", "post", "patch", "put", "delete"] where item[method] != nil {
                    documented.insert("\(method.uppercased()) \(path)")
                }
            }
            let routed = Set(app.routes.all.compactMap { route -> String? in
                let parts = route.path.map(\.description)
                guard parts.starts(with: ["api", "v1"]) else { return nil }
                let path = "/" + parts.dropFirst(2).map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : $0 }.joined(separator: "/")
                return "\(route.method.rawValue) \(path)"
            })
            #expect(routed == documented, "only routed: \(routed.subtracting(documented).sorted()); only documented: \(documented.subtracting(routed).sorted())")
        }
    }
}
