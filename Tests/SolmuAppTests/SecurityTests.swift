import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// The defects found by probing Solmu as an attacker would, each shown fixed.
@Suite("Security: escaping, redirects, sessions, bad bodies, limits, access")
struct SecurityTests {
    static let hostile = #"x"><meta http-equiv="refresh" content="0;url=https://evil.example/"><x-evil a='"#

    static func organizationID(_ app: Application, _ name: String) async throws -> Int {
        try #require(try await Organization.query(on: app.db).filter(\.$name == name).first()?.id)
    }

    static func client(_ app: Application, email: String, organization: String? = nil, role: User.Role = .editor) async throws -> TestClient {
        let client = TestClient(app)
        let id = try await organization.asyncMap { try await organizationID(app, $0) }
        client.bearer = try await makeToken(app, for: try await makeUser(app, email: email, role: role, organizationID: id))
        return client
    }

    /// No element or attribute a hostile string could have opened: the text must stay inside its quotes.
    static func expectNoInjection(_ body: String, _ where_: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!body.contains("<meta http-equiv"), "meta refresh injected in \(where_)", sourceLocation: sourceLocation)
        #expect(!body.contains("<x-evil"), "element injected in \(where_)", sourceLocation: sourceLocation)
    }

    @Test("Attribute values are escaped: quotes, angle brackets and ampersands become character references")
    func attributeEscaping() {
        #expect(HTMLEscape.escape(#""><x-evil a='b'>&"#) == "&quot;&gt;&lt;x-evil a=&#39;b&#39;&gt;&amp;")
        #expect(HTMLEscape.escape("/fi/organizations?q=oulu") == "/fi/organizations?q=oulu")
        #expect(HTMLEscape.text("&lt;b&gt; & 'co' <i>") == "&amp;lt;b&amp;gt; &amp; 'co' &lt;i&gt;", "text keeps what was typed, references included")
    }

    @Test("Every attribute a real form writes goes through the layer: a typed value comes back escaped in value=")
    func formValueEscaped() async throws {
        try await withSolmu { app in
            let page = try await TestClient(app).get("/fi/sign-in?next=" + Self.hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(page.body.contains(#"value="x&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot;"#))
            Self.expectNoInjection(page.body, "the sign-in form")
        }
    }

    @Test("No view builds a Plot attribute by hand, which would bypass the escaping layer")
    func noRawAttributes() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SolmuApp")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var offenders: [String] = []
        var scanned = 0
        for case let url as URL in files where url.pathExtension == "swift" && url.lastPathComponent != "EscapedAttributes.swift" {
            scanned += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            // Plot's own components that write string attributes inside Plot, which the layer does not shadow.
            let unshadowed = [".stylesheet(", ".favicon(", ".rssFeedLink(", ".socialImageLink(", ".twitterUsername("]
            if text.contains("Attribute(name:") || text.contains("Attribute<") || unshadowed.contains(where: text.contains) {
                offenders.append(url.lastPathComponent)
            }
        }
        #expect(scanned > 100)
        #expect(offenders.isEmpty, "build attributes with the escaping helpers instead: \(offenders)")
    }

    @Test("Reflected and stored hostile strings stay text: the search box, sign-in's next, a network's name")
    func hostilePages() async throws {
        try await withSolmu(demoData: true) { app in
            let anonymous = TestClient(app)
            let query = Self.hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let search = try await anonymous.get("/fi/organizations?q=\(query)")
            #expect(search.status == .ok)
            Self.expectNoInjection(search.body, "the search page")
            #expect(search.body.contains("x&quot;&gt;&lt;meta"), "the query is shown back, escaped")
            let signIn = try await anonymous.get("/fi/sign-in?next=\(query)")
            Self.expectNoInjection(signIn.body, "the sign-in page")

            let keeper = try await Self.client(app, email: "bt@example.fi", organization: "Business Tampere")
            let sixnet = try #require(try await Network.query(on: app.db).filter(\.$name == "SIXNET").first()?.id)
            #expect(try await keeper.json(.PATCH, "/api/v1/networks/\(sixnet)", ["name": Self.hostile]).status == .ok)
            for path in ["/fi/networks/\(sixnet)", "/fi/networks", "/sv/networks/\(sixnet)", "/en/events", "/fi/self-assessment"] {
                let page = try await anonymous.get(path)
                #expect(page.status == .ok, "\(path)")
                Self.expectNoInjection(page.body, path)
            }
            #expect(try await anonymous.get("/fi/networks/\(sixnet)").body.contains("x&quot;&gt;&lt;meta"))
        }
    }

    @Test("After signing in only a path on this site is followed: tab, backslash and double-slash tricks go home")
    func redirects() async throws {
        try await withSolmu { app in
            try await makeUser(app)
            for next in ["/\t/evil.example/", "//evil.example/", "/\\evil.example/", "https://evil.example/", "/\n/evil.example", " //evil.example"] {
                let client = TestClient(app)
                let page = try await client.get("/fi/sign-in")
                let reply = try await client.postForm(
                    "/fi/sign-in", [("email", "editor@example.fi"), ("password", "correct horse battery"), ("next", next)], csrfFrom: page)
                #expect(reply.status == .seeOther)
                #expect(reply.location == "/fi", "next=\(next.debugDescription) went to \(reply.location ?? "")")
            }
            let client = TestClient(app)
            let page = try await client.get("/fi/sign-in")
            let reply = try await client.postForm(
                "/fi/sign-in", [("email", "editor@example.fi"), ("password", "correct horse battery"), ("next", "/fi/events?kind=workshop")],
                csrfFrom: page)
            #expect(reply.location == "/fi/events?kind=workshop")
        }
    }

    @Test("Sessions are made only at sign-in: not by API tokens, not by visitors' forms, not by unknown cookies; they expire and are purged")
    func boundedSessions() async throws {
        try await withSolmu(demoData: true) { app in
            let admin = try await Self.client(app, email: "admin@example.fi", role: .admin)
            for _ in 0..<5 {
                let reply = try await admin.get("/api/v1/networks")
                #expect(reply.headers[.setCookie].isEmpty)
            }
            #expect(
                try await admin.json(
                    .PATCH, "/api/v1/networks/\(try #require(try await Network.query(on: app.db).first()?.id))", ["website": "example.fi"]
                ).status == .ok)
            #expect(admin.cookies.isEmpty)
            _ = try await admin.get("/fi/admin/users")
            #expect(admin.cookies.isEmpty, "a token's page view leaves no cookie behind to open pages without it")

            let visitor = TestClient(app)
            for path in ["/fi/sign-in", "/fi/self-assessment", "/fi/organizations"] { _ = try await visitor.get(path) }
            visitor.cookies["solmu_session"] = String(repeating: "A", count: 43)
            _ = try await visitor.get("/fi/sign-in")
            #expect(try await UserSession.query(on: app.db).count() == 0)
            #expect(visitor.cookies["solmu_session"] == nil, "an unknown session cookie is cleared")

            try await makeUser(app)
            let browser = TestClient(app)
            #expect(try await browser.signIn().status == .seeOther)
            #expect(try await browser.get("/fi").body.contains("Editor"))
            let session = try #require(try await UserSession.query(on: app.db).first())
            #expect(session.expiresAt.timeIntervalSince(session.createdAt) == SignedInSessions.lifetime)
            session.expiresAt = Date().addingTimeInterval(-1)
            try await session.save(on: app.db)
            #expect(try await browser.get("/fi/organizations/new").status == .seeOther, "an expired session signs in nobody")
            let report = try await Maintenance.purge(app.db, configuration: app.solmu)
            #expect(report.sessions == 1)
            #expect(try await UserSession.query(on: app.db).count() == 0)
        }
    }

    @Test("An expired API token opens nothing")
    func expiredToken() async throws {
        try await withSolmu { app in
            let user = try await makeUser(app, role: .admin)
            let (token, plain) = try UserToken.generate(for: user, label: "old")
            token.expiresAt = Date().addingTimeInterval(-60)
            try await token.create(on: app.db)
            let client = TestClient(app)
            client.bearer = plain
            #expect(try await client.json(.POST, "/api/v1/organizations", ["name": "X Oy", "type": "company"]).status == .unauthorized)
        }
    }

    @Test("A PATCH body that is not a JSON object is a 400 problem everywhere, never a 500")
    func malformedPatches() async throws {
        try await withSolmu(demoData: true) { app in
            let admin = try await Self.client(app, email: "admin@example.fi", role: .admin)
            var paths = [
                "/api/v1/networks/\(try #require(try await Network.query(on: app.db).first()?.id))",
                "/api/v1/programmes/\(try #require(try await Programme.query(on: app.db).first()?.id))",
                "/api/v1/projects/\(try #require(try await Project.query(on: app.db).first()?.id))",
                "/api/v1/bodies/\(try #require(try await GoverningBody.query(on: app.db).first()?.id))",
                "/api/v1/events/\(try #require(try await Event.query(on: app.db).first()?.id))",
                "/api/v1/calls/\(try #require(try await Call.query(on: app.db).first()?.id))",
                "/api/v1/roundtable/topics/\(try #require(try await RoundTableTopic.query(on: app.db).first()?.id))",
            ]
            paths.append("/api/v1/organizations/\(try #require(try await Organization.query(on: app.db).first()?.id))")
            for path in paths {
                for body in ["{", "\"AAA\"", "[1, 2]", "null", "{\"name\": "] {
                    var headers = HTTPHeaders()
                    headers.contentType = .json
                    let reply = try await admin.send(.PATCH, path, headers: headers, body: ByteBuffer(string: body))
                    #expect(reply.status == .badRequest, "PATCH \(path) with \(body) answered \(reply.status.code)")
                    #expect(reply.contentType.hasPrefix("application/problem+json"))
                }
            }
        }
    }

    @Test("Creating and deleting programmes while others patch a network, 6 clients at once: every answer is a success")
    func concurrentWrites() async throws {
        try await withSolmu(demoData: true) { app in
            let admin = try await Self.client(app, email: "admin@example.fi", role: .admin)
            let network = try #require(try await Network.query(on: app.db).first()?.id)
            let statuses = try await withThrowingTaskGroup(of: [UInt].self) { group in
                for worker in 0..<6 {
                    group.addTask {
                        var seen: [UInt] = []
                        for round in 0..<8 {
                            if worker % 2 == 0 {
                                let created = try await admin.json(.POST, "/api/v1/programmes", ["name": "Kilpa \(worker)-\(round)"])
                                seen.append(created.status.code)
                                if let id = created.object["id"] as? Int {
                                    seen.append(try await admin.send(.DELETE, "/api/v1/programmes/\(id)").status.code)
                                }
                            } else {
                                seen.append(
                                    try await admin.json(.PATCH, "/api/v1/networks/\(network)", ["website": "kilpa\(worker)-\(round).example.fi"])
                                        .status.code)
                            }
                        }
                        return seen
                    }
                }
                return try await group.reduce(into: [UInt]()) { $0 += $1 }
            }
            let expected = 72  // 3 workers × 8 creates and 8 deletes, 3 × 8 patches
            #expect(statuses.count == expected)
            #expect(statuses.allSatisfy { $0 < 300 }, "\(statuses.filter { $0 >= 300 })")
            #expect(try await Programme.query(on: app.db).filter(\.$name ~~ "Kilpa").count() == 0)
        }
    }

    @Test("Anonymous registrations and self-assessment starts are limited per address; mail to one unconfirmed address too")
    func anonymousLimits() async throws {
        try await withSolmu(demoData: true) { app in
            app.solmu.anonymousWriteLimit = 3
            app.solmu.anonymousWriteWindow = 3600  // a slow run of the whole suite must not let the first count age out
            let f = try await EventFixture.make(app)
            let event = try await f.openEvent(capacity: 50)
            for index in 0..<3 {
                #expect(
                    try await f.anonymous.json(
                        .POST, "/api/v1/events/\(event)/registrations", ["name": "Nimi \(index)", "email": "n\(index)@example.fi"]
                    ).status == .created)
            }
            let refused = try await f.anonymous.json(.POST, "/api/v1/events/\(event)/registrations", ["name": "Nimi", "email": "n9@example.fi"])
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
            #expect(refused.contentType.hasPrefix("application/problem+json"))
            #expect(
                try await f.anonymous.json(.POST, "/api/v1/self-assessment/assessments", ["platform": ["name": "X", "kind": "other"]]).status
                    == .tooManyRequests)
            #expect(try await Registration.query(on: app.db).filter(\.$event.$id == event).count() == 3)
            // A signed-in organiser is not counted as anonymous.
            #expect(
                try await f.organiser.json(.POST, "/api/v1/events/\(event)/registrations", ["name": "Org", "email": "org@example.fi"]).status
                    == .created)

            app.solmu.anonymousWriteLimit = 0
            app.solmu.unconfirmedMailLimit = 2
            let other = try await f.openEvent(capacity: 50, title: "Toinen")
            let third = try await f.openEvent(capacity: 50, title: "Kolmas")
            for target in [event, other] {
                #expect(
                    try await f.anonymous.json(.POST, "/api/v1/events/\(target)/registrations", ["name": "Uhri", "email": "victim@example.fi"]).status
                        == .created)
            }
            #expect(
                try await f.anonymous.json(.POST, "/api/v1/events/\(third)/registrations", ["name": "Uhri", "email": "victim@example.fi"]).status
                    == .tooManyRequests)
            #expect(try await OutboxMail.query(on: app.db).filter(\.$recipient == "victim@example.fi").count() == 2)
        }
    }

    @Test("Control characters in a body are refused with 422 and nothing is stored; tabs and line breaks are text")
    func controlCharacters() async throws {
        try await withSolmu { app in
            let admin = try await Self.client(app, email: "admin@example.fi", role: .admin)
            for name in ["Nul\u{0}Oy", "Esc\u{1B}Oy", "Del\u{7F}Oy"] {
                let reply = try await admin.json(.POST, "/api/v1/organizations", ["name": name, "type": "company"])
                #expect(reply.status == .unprocessableEntity)
                #expect(reply.contentType.hasPrefix("application/problem+json"))
            }
            var headers = HTTPHeaders()
            headers.contentType = .json
            let escaped = try await admin.send(
                .POST, "/api/v1/organizations", headers: headers, body: ByteBuffer(string: #"{"name": "A\u0000B", "type": "company"}"#))
            #expect(escaped.status == .unprocessableEntity)
            #expect(try await Organization.query(on: app.db).count() == 0)
            let fine = try await admin.json(
                .POST, "/api/v1/organizations", ["name": "Rivi Oy", "type": "company", "description": ["fi": "Yksi\n\trivi"]])
            #expect(fine.status == .created)

            try await makeUser(app, email: "form@example.fi", role: .admin)
            let browser = TestClient(app)
            _ = try await browser.signIn(email: "form@example.fi")
            let form = try await browser.get("/fi/organizations/new")
            let refused = try await browser.postForm("/fi/organizations/new", [("name", "Form\u{0}Oy"), ("type", "company")], csrfFrom: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(try await Organization.query(on: app.db).count() == 1)
        }
    }

    @Test("A user acting for an organisation keeps its own record and people, not the rest of the atlas; atlas editors keep all")
    func atlasNarrowed() async throws {
        try await withSolmu(demoData: true) { app in
            let iisalmi = try await Self.organizationID(app, "Iisalmen kaupunki")
            let tampere = try await Self.organizationID(app, "Business Tampere")
            let town = try await Self.client(app, email: "iisalmi@example.fi", organization: "Iisalmen kaupunki")
            #expect(try await town.json(.PATCH, "/api/v1/organizations/\(tampere)", ["website": "evil.example"]).status == .forbidden)
            #expect(try await town.send(.DELETE, "/api/v1/organizations/\(tampere)").status == .forbidden)
            #expect(try await town.json(.PATCH, "/api/v1/organizations/\(iisalmi)", ["website": "iisalmi.fi"]).status == .ok)
            #expect(try await town.json(.POST, "/api/v1/people", ["name": "Vieras", "organizationId": tampere]).status == .forbidden)
            #expect(try await town.json(.POST, "/api/v1/people", ["name": "Oma", "organizationId": iisalmi]).status == .created)
            let atlasEditor = try await Self.client(app, email: "atlas@example.fi")
            #expect(try await atlasEditor.json(.PATCH, "/api/v1/organizations/\(tampere)", ["website": "businesstampere.com"]).status == .ok)
        }
    }

    @Test("An application can be started only for the organisation one acts for; its organisation is then honestly 'still in use'")
    func applicationLead() async throws {
        try await withSolmu(demoData: true) { app in
            let call = try #require(try await Call.query(on: app.db).first())
            call.published = true
            call.opensAt = Date().addingTimeInterval(-3600)
            call.closesAt = Date().addingTimeInterval(86_400)
            try await call.save(on: app.db)
            let tampere = try await Self.organizationID(app, "Tampereen kaupunki")
            let town = try await Self.client(app, email: "iisalmi@example.fi", organization: "Iisalmen kaupunki")
            let refused = try await town.json(
                .POST, "/api/v1/applications", ["callId": try call.requireID(), "title": "Toisen nimissä", "leadOrganizationId": tampere])
            #expect(refused.status == .unprocessableEntity)
            #expect((refused.object["errors"] as? [[String: Any]])?.first?["field"] as? String == "leadOrganizationId")
            let own = try await Self.client(app, email: "tampere@example.fi", organization: "Tampereen kaupunki")
            #expect(
                try await own.json(
                    .POST, "/api/v1/applications", ["callId": try call.requireID(), "title": "Omissa nimissä", "leadOrganizationId": tampere]
                ).status == .created)

            // The applicant organisation cannot be deleted while its application refers to it, and the answer says so.
            let admin = try await Self.client(app, email: "admin@example.fi", role: .admin)
            let reply = try await admin.send(.DELETE, "/api/v1/organizations/\(tampere)")
            #expect(reply.status == .conflict)
            #expect(reply.object["title"] as? String == Language.en.t("problem.inUse.title"))
            #expect(reply.object["detail"] as? String == Language.en.t("problem.inUse.detail"))
            #expect(try await Organization.find(tampere, on: app.db) != nil)
        }
    }

    @Test("HSTS is sent when the public address is https")
    func strictTransportSecurity() async throws {
        try await withSolmu { app in
            let request = Request(application: app, on: app.eventLoopGroup.next())
            struct OK: AsyncResponder { func respond(to request: Request) async throws -> Response { Response(status: .ok) } }
            let secure = try await SecurityHeadersMiddleware(strictTransportSecurity: true).respond(to: request, chainingTo: OK())
            #expect(secure.headers.first(name: .strictTransportSecurity)?.hasPrefix("max-age=") == true)
            let plain = try await SecurityHeadersMiddleware().respond(to: request, chainingTo: OK())
            #expect(plain.headers.first(name: .strictTransportSecurity) == nil)
        }
    }

    @Test("Private-link secrets are redacted from the request log")
    func logRedaction() {
        let secret = String(repeating: "aB3-_", count: 8) + "xyz"
        #expect(RequestLog.redacted("/fi/self-assessment/a/\(secret)/result") == "/fi/self-assessment/a/[secret]/result")
        #expect(RequestLog.redacted("/api/v1/registrations/\(secret)") == "/api/v1/registrations/[secret]")
        #expect(RequestLog.redacted("/fi/organizations/12") == "/fi/organizations/12")
    }

    @Test("Senders claim mail: two at once never take the same one, and a claimed mail waits until its claim runs out")
    func outboxClaims() async throws {
        try await withSolmu { app in
            for index in 0..<12 {
                try await OutboxMail(recipient: "r\(index)@example.fi", subject: "S", body: "B", at: Date()).create(on: app.db)
            }
            let claimed = try await withThrowingTaskGroup(of: [Int].self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        var ids: [Int] = []
                        while let mail = try await MailDelivery.claimNext(on: app.db) { ids.append(try #require(mail.id)) }
                        return ids
                    }
                }
                return try await group.reduce(into: [Int]()) { $0 += $1 }
            }
            #expect(claimed.count == 12)
            #expect(Set(claimed).count == 12)
            #expect(try await MailDelivery.claimNext(on: app.db) == nil)
            #expect(try await MailDelivery.claimNext(on: app.db, now: Date().addingTimeInterval(MailDelivery.claimTime + 1)) != nil)
        }
    }
}
