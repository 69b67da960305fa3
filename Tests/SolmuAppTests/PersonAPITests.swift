import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("People API: contact details are personal data")
struct PersonAPITests {
    @Test("E-mail and phone: hidden from the public without consent, shown with it, always to signed-in callers")
    func privacy() async throws {
        try await withSolmu { app in
            let editor = TestClient(app)
            editor.bearer = try await makeToken(app, for: try await makeUser(app))
            let org = try await editor.json(.POST, "/api/v1/organizations", ["name": "Yhteys Oy", "type": "company"])
            let orgID = try #require(org.object["id"] as? Int)
            let hidden = try await editor.json(
                .POST, "/api/v1/people",
                [
                    "name": "Maija Meikäläinen", "title": ["fi": "Projektipäällikkö"], "organizationId": orgID,
                    "email": "Maija@Example.fi", "phone": "040 123 4567", "contactConsent": false,
                ])
            #expect(hidden.status == .created)
            #expect(hidden.object["phone"] as? String == "+358401234567")
            #expect(hidden.object["email"] as? String == "maija@example.fi")
            let hiddenID = try #require(hidden.object["id"] as? Int)
            let shown = try await editor.json(
                .POST, "/api/v1/people",
                [
                    "name": "Matti Meikäläinen", "organizationId": orgID, "email": "matti@example.fi", "contactConsent": true,
                ])
            let shownID = try #require(shown.object["id"] as? Int)

            let public_ = TestClient(app)
            let hiddenPublic = try await public_.get("/api/v1/people/\(hiddenID)")
            #expect(hiddenPublic.object["name"] as? String == "Maija Meikäläinen")
            #expect(hiddenPublic.object["email"] == nil || hiddenPublic.object["email"] is NSNull)
            #expect(hiddenPublic.object["phone"] == nil || hiddenPublic.object["phone"] is NSNull)
            #expect(try await public_.get("/api/v1/people/\(shownID)").object["email"] as? String == "matti@example.fi")
            #expect(try await editor.get("/api/v1/people/\(hiddenID)").object["email"] as? String == "maija@example.fi")

            let csv = try await public_.get("/api/v1/people?format=csv&organization=\(orgID)")
            #expect(!csv.body.contains("maija@example.fi"))
            #expect(csv.body.contains("matti@example.fi"))
            let page = try await public_.get("/fi/organizations/\(orgID)")
            #expect(!page.body.contains("maija@example.fi") && !page.body.contains("+358401234567"))
            #expect(page.body.contains("Maija Meikäläinen") && page.body.contains("matti@example.fi"))

            let list = try await public_.get("/api/v1/people?organization=\(orgID)")
            #expect(list.total == 2)
        }
    }

    @Test("Bad e-mail, phone and organisation are named; PATCH changes only what it names; DELETE removes")
    func validationAndChanges() async throws {
        try await withSolmu { app in
            let editor = TestClient(app)
            editor.bearer = try await makeToken(app, for: try await makeUser(app))
            let bad = try await editor.json(.POST, "/api/v1/people", ["name": "", "email": "nope", "phone": "12", "organizationId": 9999])
            #expect(bad.status == .unprocessableEntity)
            let fields = Set((bad.object["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] })
            #expect(fields == ["name", "email", "phone", "organizationId"])
            #expect(try await Person.query(on: app.db).count() == 0)

            let created = try await editor.json(.POST, "/api/v1/people", ["name": "Ville Virtanen", "phone": "(09) 310 1234"])
            let id = try #require(created.object["id"] as? Int)
            let patched = try await editor.json(.PATCH, "/api/v1/people/\(id)", ["title": ["en": "Director"]])
            #expect(patched.object["phone"] as? String == "+358931012 34".replacingOccurrences(of: " ", with: ""))
            #expect((patched.object["title"] as? [String: Any])?["en"] as? String == "Director")
            #expect(try await editor.send(.DELETE, "/api/v1/people/\(id)").status == .noContent)
            #expect(try await editor.get("/api/v1/people/\(id)").status == .notFound)
            #expect(try await TestClient(app).send(.DELETE, "/api/v1/people/\(id)").status == .unauthorized)
        }
    }

    @Test("Removing an organisation keeps its people, without an organisation")
    func organizationRemoved() async throws {
        try await withSolmu { app in
            let editor = TestClient(app)
            editor.bearer = try await makeToken(app, for: try await makeUser(app))
            let org = try #require(
                try await editor.json(.POST, "/api/v1/organizations", ["name": "Poistuva Oy", "type": "company"]).object["id"] as? Int)
            let person = try #require(
                try await editor.json(.POST, "/api/v1/people", ["name": "Pysyvä Henkilö", "organizationId": org]).object["id"] as? Int)
            #expect(try await editor.send(.DELETE, "/api/v1/organizations/\(org)").status == .noContent)
            let reply = try await editor.get("/api/v1/people/\(person)")
            #expect(reply.status == .ok)
            #expect(reply.object["organizationId"] == nil || reply.object["organizationId"] is NSNull)
        }
    }
}
