import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// The people around a network's events on the demo data: an organiser acting for Business Tampere, which
/// coordinates a new network of its own (so nothing of the demo's events, inputs or topics is counted with ours);
/// an organiser acting for Iisalmi, which coordinates another new network; the 6Aika strategy office
/// (Forum Virium Helsinki); a signed-in stranger without an organisation; and an anonymous visitor.
/// Each signed-in one is a `TestClient` with its own API token.
struct EventFixture {
    let app: Application
    /// Coordinated by Business Tampere: `organiser` keeps its events, inputs, actions and round-table topics.
    let network: Int
    /// Coordinated by Iisalmi: `otherOrganiser` keeps it.
    let otherNetwork: Int
    /// 6Aika, coordinated by Forum Virium Helsinki (`office`).
    let programme: Int
    let organiser: TestClient
    let otherOrganiser: TestClient
    let office: TestClient
    let stranger: TestClient
    let anonymous: TestClient
    let businessTampere: Int
    let iisalmi: Int

    static func make(_ app: Application) async throws -> EventFixture {
        func organization(_ name: String) async throws -> Int {
            try #require(try await Organization.query(on: app.db).filter(\.$name == name).first()?.id)
        }
        func client(_ email: String, organization: Int?) async throws -> TestClient {
            let client = TestClient(app)
            client.bearer = try await makeToken(app, for: try await makeUser(app, email: email, organizationID: organization))
            return client
        }
        func network(_ name: String, by client: TestClient) async throws -> Int {
            let created = try await client.json(.POST, "/api/v1/networks", ["name": name, "kind": "network"])
            #expect(created.status == .created, "\(created.body)")
            return try #require(created.object["id"] as? Int, "\(created.body)")
        }
        let businessTampere = try await organization("Business Tampere")
        let iisalmi = try await organization("Iisalmen kaupunki")
        let programme = try #require(try await Programme.query(on: app.db).filter(\.$name == "6Aika").first())
        let organiser = try await client("tapahtumat@businesstampere.example.fi", organization: businessTampere)
        let otherOrganiser = try await client("tapahtumat@iisalmi.example.fi", organization: iisalmi)
        let office = try await client("office@example.fi", organization: try #require(programme.$coordinator.id))
        let stranger = try await client("stranger@example.fi", organization: nil)
        return EventFixture(
            app: app, network: try await network("Teollisuuden tapahtumaverkosto", by: organiser),
            otherNetwork: try await network("Ylä-Savon tapahtumaverkosto", by: otherOrganiser), programme: try programme.requireID(),
            organiser: organiser, otherOrganiser: otherOrganiser, office: office, stranger: stranger, anonymous: TestClient(app),
            businessTampere: businessTampere, iisalmi: iisalmi)
    }

    // MARK: Times

    /// A moment as the API takes it: Helsinki time, `2026-09-21T09:00`.
    static func helsinki(_ date: Date) -> String {
        HelsinkiTime.local(date)
    }

    /// `days` (and `hours`) from now in Helsinki time: events that never age.
    static func fromNow(days: Double, hours: Double = 0) -> String {
        helsinki(Date().addingTimeInterval(days * 86_400 + hours * 3_600))
    }

    // MARK: Events

    /// A valid event of the fixture's network: a published workshop in 30 days, 10 places, registration open now.
    /// `changes` override or add fields (NSNull removes one).
    func eventFields(_ changes: [String: Any] = [:]) -> [String: Any] {
        var fields: [String: Any] = [
            "kind": "workshop", "networkId": network, "title": ["fi": "Yhteiskehittämistyöpaja", "en": "Co-development workshop"],
            "startsAt": Self.fromNow(days: 30), "endsAt": Self.fromNow(days: 30, hours: 4), "capacity": 10, "published": true,
        ]
        for (key, value) in changes {
            if value is NSNull { fields.removeValue(forKey: key) } else { fields[key] = value }
        }
        return fields
    }

    /// Posts an event as `client` (the organiser by default) and answers what came back.
    func postEvent(_ changes: [String: Any] = [:], by client: TestClient? = nil) async throws -> TestClient.Reply {
        try await (client ?? organiser).json(.POST, "/api/v1/events", eventFields(changes))
    }

    /// Creates an event (201 required) and answers its id.
    func event(_ changes: [String: Any] = [:], by client: TestClient? = nil) async throws -> Int {
        let created = try await postEvent(changes, by: client)
        #expect(created.status == .created, "\(created.body)")
        return try #require(created.object["id"] as? Int, "\(created.body)")
    }

    /// A published event open for registration now with `capacity` places.
    func openEvent(capacity: Int, title: String = "Yhteiskehittämistyöpaja", _ changes: [String: Any] = [:]) async throws -> Int {
        try await event(changes.merging(["capacity": capacity, "title": ["fi": title]]) { _, new in new })
    }

    // MARK: Registrations

    /// Registers anonymously, as anyone may.
    @discardableResult
    func register(
        _ event: Int, name: String, email: String, organization: String? = "Testi Oy", listConsent: Bool = false,
        contactConsent: Bool = false, invitation: String? = nil
    ) async throws -> TestClient.Reply {
        try await Self.register(
            app, event: event, name: name, email: email, organization: organization, listConsent: listConsent,
            contactConsent: contactConsent, invitation: invitation)
    }

    /// The same from any task: each registration comes from its own anonymous client.
    static func register(
        _ app: Application, event: Int, name: String, email: String, organization: String? = "Testi Oy", listConsent: Bool = false,
        contactConsent: Bool = false, invitation: String? = nil
    ) async throws -> TestClient.Reply {
        var body: [String: Any] = ["name": name, "email": email, "listConsent": listConsent, "contactConsent": contactConsent]
        if let organization { body["organization"] = organization }
        if let invitation { body["invitation"] = invitation }
        return try await TestClient(app).json(.POST, "/api/v1/events/\(event)/registrations", body)
    }

    /// Everyone registered, as the organiser sees them: places, then the waiting list in order, then the cancelled.
    func registrations(_ event: Int) async throws -> [[String: Any]] {
        let list = try await organiser.get("/api/v1/events/\(event)/registrations")
        #expect(list.status == .ok, "\(list.body)")
        return list.items
    }

    /// The event as the organiser sees it (places taken and waiting among it).
    func eventJSON(_ event: Int) async throws -> [String: Any] {
        try await organiser.get("/api/v1/events/\(event)").object
    }

    // MARK: Reading answers

    /// The fields a 422 (or 409) names.
    static func fields(_ reply: TestClient.Reply) -> Set<String> {
        Set((reply.object["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
    }

    /// Whether `text` begins with the message `key` in `language`, its placeholders filled with `values`
    /// (a placeholder not given may be anything). Tells a confirmation from a waiting-list or promotion message
    /// whatever the wording of the translation.
    static func reads(_ text: String, as key: String, _ values: [String: String] = [:], language: Language = .fi) -> Bool {
        let template = language.t(key)
        var pattern = "^"
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
            let name = String(rest[rest.index(after: open)..<close])
            pattern += values[name].map { NSRegularExpression.escapedPattern(for: $0) } ?? "[\\s\\S]*?"
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest))
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    /// An iCalendar document's lines as sent, or nil when a line does not end in CRLF (a bare CR or LF, or no CRLF at the end).
    static func icsLines(_ body: String) -> [String]? {
        let bytes = Array(body.utf8)
        var lines: [String] = [], current: [UInt8] = [], index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 13:
                guard index + 1 < bytes.count, bytes[index + 1] == 10 else { return nil }
                lines.append(String(decoding: current, as: UTF8.self))
                current = []
                index += 2
            case 10:
                return nil
            default:
                current.append(bytes[index])
                index += 1
            }
        }
        return current.isEmpty ? lines : nil
    }

    /// The logical lines: a folded line (CRLF and a space) joined back.
    static func unfolded(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            if line.hasPrefix(" "), !result.isEmpty { result[result.count - 1] += String(line.dropFirst()) } else { result.append(line) }
        }
        return result
    }
}

/// What one person got back from registering, gathered from a task of many.
struct Receipt: Sendable {
    var email: String
    var status: HTTPStatus
    var state: String?
    var waitingPosition: Int?
    var token: String?
    var errorFields: Set<String>

    init(email: String, _ reply: TestClient.Reply) {
        self.email = email
        status = reply.status
        state = reply.object["status"] as? String
        waitingPosition = reply.object["waitingPosition"] as? Int
        token = reply.object["token"] as? String
        errorFields = EventFixture.fields(reply)
    }
}
