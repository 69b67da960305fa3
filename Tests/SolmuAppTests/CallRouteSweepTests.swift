import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// Every call, application, assessment and inbox route, walked from the router: writes without credentials are 401,
/// a stranger's writes are refused (403, or 404 where even the application's existence is not theirs to know),
/// unknown ids are 404 — always as problem+json.
@Suite("Call, application, assessment and inbox routes: errors on every route")
struct CallRouteSweepTests {
    @Test("Anonymous writes are 401, strangers are refused, unknown ids are 404, on every route")
    func everyRoute() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let application = try await f.completeDraft(call: call)
            let anonymous = TestClient(app)
            let routes = app.routes.all.compactMap { route -> (HTTPMethod, [String])? in
                let parts = route.path.map(\.description)
                guard parts.starts(with: ["api", "v1"]), ["calls", "applications", "assessments", "inbox"].contains(parts.dropFirst(2).first ?? "")
                else { return nil }
                return (route.method, parts)
            }
            #expect(routes.count >= 35)
            func path(_ parts: [String], id: Int, child: Int = 1) -> String {
                "/" + parts.map { $0 == ":id" ? "\(id)" : $0.hasPrefix(":") ? "\(child)" : $0 }.joined(separator: "/")
            }
            for (method, parts) in routes {
                let existing = parts[2] == "calls" ? call : application
                if method != .GET {
                    let unauthorized = try await anonymous.json(method, path(parts, id: existing), ["title": "x"])
                    #expect(unauthorized.status == .unauthorized, "\(method) \(parts)")
                    #expect(unauthorized.contentType.hasPrefix("application/problem+json"), "\(method) \(parts)")
                    if parts.count > 3, parts[2] != "assessments", parts[2] != "inbox" {
                        let refused = try await f.stranger.json(method, path(parts, id: existing), ["title": "x"])
                        #expect([.forbidden, .notFound].contains(refused.status), "\(method) \(parts): \(refused.status)")
                        #expect(refused.contentType.hasPrefix("application/problem+json"))
                    }
                }
                if parts.count > 3 {
                    let missing = try await f.stranger.json(method, path(parts, id: 987_654), [String: Any]())
                    #expect(missing.status == .notFound, "\(method) \(parts): \(missing.status)")
                    #expect(missing.contentType.hasPrefix("application/problem+json"))
                }
            }
            // Reading: calls are public; applications, assessments and the inbox are not.
            #expect(try await anonymous.get("/api/v1/calls").status == .ok)
            for list in ["/api/v1/applications", "/api/v1/assessments", "/api/v1/inbox", "/api/v1/applications/\(application)"] {
                #expect(try await anonymous.get(list).status == .unauthorized, "\(list)")
            }
            // An unpublished call does not exist for the public.
            try await Call.query(on: app.db).filter(\.$id == call).set(\.$published, to: false).update()
            #expect(try await anonymous.get("/api/v1/calls/\(call)").status == .notFound)
            #expect(try await f.office.get("/api/v1/calls/\(call)").status == .ok)
        }
    }
}
