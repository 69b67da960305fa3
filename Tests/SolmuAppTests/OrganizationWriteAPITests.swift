import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("Organisations API: writing, errors, permissions")
struct OrganizationWriteAPITests {
    let valid: [String: Any] = [
        "name": "Pirkan Testaamo Oy", "type": "company", "businessId": "1234567-1", "municipalityCode": "837",
        "website": "pirkantestaamo.fi", "description": ["fi": "Testaa asioita.", "en": "Tests things."],
        "competences": ["software", "ai-automation"], "foundedYear": 2019,
    ]

    func tokenClient(_ app: Application, role: User.Role = .editor) async throws -> TestClient {
        let client = TestClient(app)
        client.bearer = try await makeToken(app, for: try await makeUser(app, email: "\(role.rawValue)@example.fi", role: role))
        return client
    }

    @Test("Create, read, change in part, clear a field, remove")
    func lifecycle() async throws {
        try await withSolmu { app in
            let client = try await tokenClient(app)
            let created = try await client.json(.POST, "/api/v1/organizations", valid)
            #expect(created.status == .created)
            let id = try #require(created.object["id"] as? Int)
            #expect(created.location == "/api/v1/organizations/\(id)")
            #expect(created.object["website"] as? String == "https://pirkantestaamo.fi")
            #expect(created.object["regionCode"] as? String == "06")
            #expect(created.object["competences"] as? [String] == ["ai-automation", "software"])

            let patched = try await client.json(.PATCH, "/api/v1/organizations/\(id)", ["name": "Pirkan Testaamo Oyj", "website": NSNull()])
            #expect(patched.status == .ok)
            #expect(patched.object["name"] as? String == "Pirkan Testaamo Oyj")
            #expect(patched.object["website"] == nil || patched.object["website"] is NSNull)
            #expect(patched.object["businessId"] as? String == "1234567-1")
            #expect(patched.object["competences"] as? [String] == ["ai-automation", "software"])

            let found = try await client.get("/api/v1/organizations?q=oyj")
            #expect(found.items.compactMap { $0["id"] as? Int } == [id])
            #expect(try await client.get("/api/v1/organizations?q=testaamo%20oy&type=startup").total == 0)

            let deleted = try await client.send(.DELETE, "/api/v1/organizations/\(id)")
            #expect(deleted.status == .noContent)
            #expect(try await client.get("/api/v1/organizations/\(id)").status == .notFound)
            #expect(try await client.get("/api/v1/organizations?q=testaamo").total == 0)
            #expect(try await OrganizationCompetence.query(on: app.db).count() == 0)
        }
    }

    @Test("A wrong business ID is a 422 problem naming businessId; nothing is written")
    func badBusinessID() async throws {
        try await withSolmu { app in
            let client = try await tokenClient(app)
            var body = valid
            body["businessId"] = "1234567-8"
            let reply = try await client.json(.POST, "/api/v1/organizations", body)
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.contentType.hasPrefix("application/problem+json"))
            #expect(reply.object["status"] as? Int == 422)
            #expect((reply.object["title"] as? String)?.isEmpty == false)
            let errors = try #require(reply.object["errors"] as? [[String: String]])
            #expect(errors.map { $0["field"] } == ["businessId"])
            #expect(errors.first?["message"]?.contains("business ID") == true)
            #expect(try await Organization.query(on: app.db).count() == 0)
        }
    }

    @Test("Several wrong fields are all named at once")
    func manyErrors() async throws {
        try await withSolmu { app in
            let client = try await tokenClient(app)
            let reply = try await client.json(
                .POST, "/api/v1/organizations",
                [
                    "name": " ", "type": "castle", "municipalityCode": "999", "website": "not a site", "competences": ["juggling"], "foundedYear": 20,
                ])
            let fields = Set((reply.object["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] })
            #expect(fields == ["name", "type", "municipalityCode", "website", "competences", "foundedYear"])
        }
    }

    @Test("The API answers problems in the caller's language")
    func problemLanguage() async throws {
        try await withSolmu { app in
            let client = try await tokenClient(app)
            let reply = try await client.json(.POST, "/api/v1/organizations", ["type": "company"], headers: ["Accept-Language": "fi-FI"])
            #expect((reply.object["errors"] as? [[String: String]])?.first?["message"] == Translations.text("field.required", .fi))
        }
    }

    @Test("A business ID already in use is a 409 naming its holder")
    func duplicate() async throws {
        try await withSolmu { app in
            let client = try await tokenClient(app)
            #expect(try await client.json(.POST, "/api/v1/organizations", valid).status == .created)
            var second = valid
            second["name"] = "Toinen Oy"
            second["businessId"] = "12345671"  // the same ID written without the hyphen
            let reply = try await client.json(.POST, "/api/v1/organizations", second)
            #expect(reply.status == .conflict)
            #expect((reply.object["detail"] as? String)?.contains("Pirkan Testaamo Oy") == true)
            #expect(try await Organization.query(on: app.db).count() == 1)
        }
    }

    @Test("Malformed JSON 400, wrong content type 415, too large 413, unknown id 404")
    func requestErrors() async throws {
        try await withSolmu { app in
            let client = try await tokenClient(app)
            var headers = HTTPHeaders()
            headers.contentType = .json
            let broken = try await client.send(.POST, "/api/v1/organizations", headers: headers, body: ByteBuffer(string: "{\"name\": "))
            #expect(broken.status == .badRequest)
            #expect(broken.contentType.hasPrefix("application/problem+json"))

            let wrongShape = try await client.send(.POST, "/api/v1/organizations", headers: headers, body: ByteBuffer(string: "{\"name\": 5}"))
            #expect(wrongShape.status == .badRequest)

            var text = HTTPHeaders()
            text.contentType = .plainText
            let plain = try await client.send(.POST, "/api/v1/organizations", headers: text, body: ByteBuffer(string: "name=x"))
            #expect(plain.status == .unsupportedMediaType)

            let huge = try await client.json(.POST, "/api/v1/organizations", ["name": String(repeating: "x", count: 100_000), "type": "company"])
            #expect(huge.status == .payloadTooLarge)
            #expect(huge.contentType.hasPrefix("application/problem+json"))

            for path in ["/api/v1/organizations/424242", "/api/v1/organizations/abc", "/api/v1/people/424242"] {
                let missing = try await client.get(path)
                #expect(missing.status == .notFound, "\(path)")
                #expect(missing.object["status"] as? Int == 404)
            }
            #expect(try await client.json(.PATCH, "/api/v1/organizations/424242", ["name": "x"]).status == .notFound)
            #expect(try await Organization.query(on: app.db).count() == 0)
        }
    }

    @Test("Writes need credentials: none 401, a bad token 401, a session without CSRF header 403")
    func permissions() async throws {
        try await withSolmu { app in
            let anonymous = TestClient(app)
            let none = try await anonymous.json(.POST, "/api/v1/organizations", valid)
            #expect(none.status == .unauthorized)
            #expect(none.contentType.hasPrefix("application/problem+json"))
            #expect(try await anonymous.send(.DELETE, "/api/v1/organizations/1").status == .unauthorized)

            let forged = TestClient(app)
            forged.bearer = "solmu_not-a-real-token"
            #expect(try await forged.json(.POST, "/api/v1/organizations", valid).status == .unauthorized)

            try await makeUser(app)
            let browser = TestClient(app)
            #expect(try await browser.signIn().status == .seeOther)
            let withoutHeader = try await browser.json(.POST, "/api/v1/organizations", valid)
            #expect(withoutHeader.status == .forbidden)
            let page = try await browser.get("/fi/organizations/new")
            let token = try #require(page.inputValue(CSRF.formField))
            let withHeader = try await browser.json(.POST, "/api/v1/organizations", valid, headers: [CSRF.header: token])
            #expect(withHeader.status == .created)
            #expect(try await Organization.query(on: app.db).count() == 1)
        }
    }
}
