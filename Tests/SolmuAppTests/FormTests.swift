import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("Forms: errors next to the field, nothing typed is lost")
struct FormTests {
    @Test("A wrong business ID comes back with the message by the field and everything typed; corrected, it saves and is found")
    func organizationForm() async throws {
        try await withSolmu { app in
            try await makeUser(app)
            let client = TestClient(app)
            _ = try await client.signIn()
            let form = try await client.get("/fi/organizations/new")
            let fields: [(String, String)] = [
                ("name", "Näsinneula Robotics Oy"), ("type", "startup"), ("businessId", "1234567-8"), ("municipalityCode", "837"),
                ("website", "nasinneula.example.fi"), ("descriptionFi", "Robotiikkaa & <tekoälyä>"), ("descriptionEn", "Robots"),
                ("competences[]", "ai-automation"), ("competences[]", "software"), ("foundedYear", "2021"),
            ]
            let failed = try await client.postForm("/fi/organizations/new", fields, csrfFrom: form)
            #expect(failed.status == .unprocessableEntity)
            #expect(failed.body.contains("id=\"field-businessId-error\""))
            #expect(failed.body.contains(Translations.text("organization.businessId.invalid", .fi)))
            #expect(failed.body.contains("aria-invalid=\"true\""))
            #expect(failed.inputValue("businessId") == "1234567-8")
            #expect(failed.inputValue("name") == "Näsinneula Robotics Oy")
            #expect(failed.inputValue("website") == "nasinneula.example.fi")
            #expect(failed.inputValue("foundedYear") == "2021")
            #expect(failed.body.contains("Robotiikkaa &amp; &lt;tekoälyä&gt;</textarea>"))
            #expect(failed.body.contains("value=\"ai-automation\" checked"))
            #expect(failed.body.contains("<option value=\"startup\" selected"))
            #expect(failed.body.contains("href=\"#field-businessId\""))
            #expect(try await Organization.query(on: app.db).count() == 0)

            var corrected = fields
            corrected[2] = ("businessId", "1234567-1")
            let saved = try await client.postForm("/fi/organizations/new", corrected, csrfFrom: failed)
            #expect(saved.status == .seeOther)
            let location = try #require(saved.location)
            let page = try await client.get(location)
            #expect(page.body.contains("Näsinneula Robotics Oy"))
            #expect(page.body.contains("https://nasinneula.example.fi"))
            let search = try await client.get("/api/v1/organizations?q=nasinneula")
            #expect(search.items.first?["businessId"] as? String == "1234567-1")
        }
    }

    @Test("A year that is not a number is kept as typed and named")
    func malformedYear() async throws {
        try await withSolmu { app in
            try await makeUser(app)
            let client = TestClient(app)
            _ = try await client.signIn()
            let form = try await client.get("/fi/organizations/new")
            let reply = try await client.postForm(
                "/fi/organizations/new", [("name", "Vuosi Oy"), ("type", "company"), ("foundedYear", "kaksituhatta")], csrfFrom: form)
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.inputValue("foundedYear") == "kaksituhatta")
            #expect(reply.body.contains("id=\"field-foundedYear-error\""))
        }
    }

    @Test("Editing keeps the organisation's values; a duplicate business ID is explained")
    func editAndDuplicate() async throws {
        try await withSolmu(demoData: true) { app in
            try await makeUser(app)
            let client = TestClient(app)
            _ = try await client.signIn()
            let rauma = try #require(try await Organization.query(on: app.db).filter(\.$name == "Rauman kaupunki").first())
            let id = try rauma.requireID()
            let form = try await client.get("/fi/organizations/\(id)/edit")
            #expect(form.inputValue("name") == "Rauman kaupunki")
            let reply = try await client.postForm(
                "/fi/organizations/\(id)/edit",
                [
                    ("name", "Rauman kaupunki"), ("type", "municipality"), ("businessId", "0211675-2"), ("municipalityCode", "684"),
                ], csrfFrom: form)
            #expect(reply.status == .conflict)
            #expect(reply.body.contains("Tampereen kaupunki"))
            #expect(reply.inputValue("businessId") == "0211675-2")
            #expect(try await Organization.find(id, on: app.db)?.businessID == rauma.businessID)
        }
    }

    @Test("A contact person's phone is stored as +358…; a bad e-mail is named and the rest kept")
    func personForm() async throws {
        try await withSolmu(demoData: true) { app in
            try await makeUser(app)
            let client = TestClient(app)
            _ = try await client.signIn()
            let org = try #require(try await Organization.query(on: app.db).filter(\.$name == "Iisalmen kaupunki").first()?.id)
            let form = try await client.get("/fi/people/new?organization=\(org)")
            #expect(form.body.contains("<option value=\"\(org)\" selected"))
            let bad = try await client.postForm(
                "/fi/people/new", [("name", "Testi Henkilö"), ("organizationId", "\(org)"), ("email", "ei-sähköposti"), ("phone", "040 765 4321")],
                csrfFrom: form)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.inputValue("phone") == "040 765 4321")
            #expect(bad.body.contains("id=\"field-email-error\""))
            let good = try await client.postForm(
                "/fi/people/new",
                [("name", "Testi Henkilö"), ("organizationId", "\(org)"), ("email", "testi@example.fi"), ("phone", "040 765 4321")], csrfFrom: bad)
            #expect(good.location == "/fi/organizations/\(org)")
            // The page the save lands on says it was saved, to screen readers too.
            #expect(good.notice == "saved")
            let landed = try await client.get(try #require(good.headers.first(name: .location)))
            #expect(landed.body.contains("<div class=\"notice notice--success\" role=\"status\"><p>Tallennettu.</p></div>"))
            let person = try #require(try await Person.query(on: app.db).filter(\.$name == "Testi Henkilö").first())
            #expect(person.phone == "+358407654321")
            #expect(person.contactConsent == false)
        }
    }

    @Test("Removing asks first, then removes")
    func delete() async throws {
        try await withSolmu(demoData: true) { app in
            try await makeUser(app)
            let client = TestClient(app)
            _ = try await client.signIn()
            let id = try #require(try await Organization.query(on: app.db).filter(\.$name == "Heinolan kaupunki").first()?.id)
            let confirm = try await client.get("/en/organizations/\(id)/delete")
            #expect(confirm.body.contains("Remove Heinolan kaupunki?"))
            #expect(try await Organization.find(id, on: app.db) != nil)
            let done = try await client.postForm("/en/organizations/\(id)/delete", [], csrfFrom: confirm)
            #expect(done.location == "/en/organizations")
            #expect(done.notice == "removed")
            #expect(try await Organization.find(id, on: app.db) == nil)
        }
    }
}
