import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// Every event, registration, input, follow-up and round-table route, walked from the router: writes without
/// credentials are 401 (except registering and cancelling, which need none), a stranger's writes are refused,
/// unknown ids are 404 — always as problem+json.
@Suite("Event, follow-up and round-table routes: errors on every route")
struct EventRouteSweepTests {
    /// Writes anyone may make: registering (no account) and cancelling by the private link (the link is the credential).
    static let open: Set<String> = ["POST events/:id/registrations", "DELETE registrations/:token", "POST events/:id/inputs"]

    @Test("Anonymous writes are 401, strangers are refused, unknown ids are 404, on every route")
    func everyRoute() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let event = try await f.openEvent(capacity: 5)
            let topic = try #require(try await RoundTableTopic.query(on: app.db).first()?.id)
            let routes = app.routes.all.compactMap { route -> (HTTPMethod, [String])? in
                let parts = route.path.map(\.description)
                guard parts.starts(with: ["api", "v1"]) else { return nil }
                let rest = Array(parts.dropFirst(2))
                let ours =
                    ["events", "registrations", "roundtable", "calendar.ics"].contains(rest.first ?? "")
                    || (rest.first == "networks" && ["actions", "follow-up", "calendar.ics"].contains(rest.dropFirst(2).first ?? ""))
                return ours ? (route.method, rest) : nil
            }
            #expect(routes.count >= 28)
            func path(_ parts: [String], id: Int) -> String {
                let network = parts.first == "networks" && id != 987_654 ? f.network : id
                return "/api/v1/"
                    + parts.map { $0 == ":id" ? "\(network)" : $0 == ":token" ? String(repeating: "A", count: 43) : $0.hasPrefix(":") ? "1" : $0 }
                    .joined(separator: "/")
            }
            for (method, parts) in routes where method != .GET {
                let key = "\(method) \(parts.joined(separator: "/"))"
                let existing = parts.first == "roundtable" ? topic : event
                if !Self.open.contains(key) {
                    let unauthorized = try await f.anonymous.json(method, path(parts, id: existing), ["title": ["fi": "x"]])
                    #expect(unauthorized.status == .unauthorized, "\(key): \(unauthorized.status)")
                    #expect(unauthorized.contentType.hasPrefix("application/problem+json"), "\(key)")
                    let refused = try await f.stranger.json(method, path(parts, id: existing), ["title": ["fi": "x"]])
                    #expect(
                        [.forbidden, .notFound, .unprocessableEntity].contains(refused.status) && refused.status != .ok, "\(key): \(refused.status)")
                    if parts.contains(":id") && parts.first != "networks" {
                        #expect(refused.status != .unprocessableEntity, "\(key) checks input before rights")
                    }
                    #expect(refused.contentType.hasPrefix("application/problem+json"), "\(key)")
                }
                if parts.contains(":id") {
                    let missing = try await f.organiser.json(method, path(parts, id: 987_654), [String: Any]())
                    #expect(missing.status == .notFound, "\(key) unknown id: \(missing.status)")
                    #expect(missing.contentType.hasPrefix("application/problem+json"), "\(key)")
                }
            }
            // Reading: the calendar, events, participants (the consented list), inputs and the round table are public;
            // the organisers' list of registrations is not.
            for list in [
                "/api/v1/events", "/api/v1/events/\(event)", "/api/v1/calendar.ics", "/api/v1/events/\(event)/participants",
                "/api/v1/events/\(event)/inputs", "/api/v1/roundtable/topics", "/api/v1/networks/\(f.network)/follow-up",
            ] {
                #expect(try await f.anonymous.get(list).status == .ok, "\(list)")
            }
            #expect(try await f.anonymous.get("/api/v1/events/\(event)/registrations").status == .unauthorized)
            #expect(try await f.stranger.get("/api/v1/events/\(event)/registrations").status == .forbidden)
            #expect(try await f.anonymous.get("/api/v1/events/987654").status == .notFound)
        }
    }
}
