import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("Calls and applications in pages: the demo's example call, forms that keep what was typed")
struct CallPageTests {
    @Test("The demo's call is marked as an example in three languages, with its criteria and the responsibility criterion")
    func demoCall() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let open = try await client.get("/api/v1/calls?open=true")
            let call = try #require(open.items.first)
            #expect(call["example"] as? Bool == true)
            let criteria = try #require(call["criteria"] as? [[String: Any]])
            #expect(criteria.map { $0["weight"] as? Int } == [40, 30, 30])
            #expect(criteria.last?["responsibility"] as? Bool == true)
            let id = try #require(call["id"] as? Int)
            for (language, example, responsibility) in [
                ("fi", "esimerkki", "Vastuullisuus"), ("sv", "exempel", "Ansvarsfullhet"), ("en", "example", "Responsibility"),
            ] {
                let page = try await client.get("/\(language)/calls/\(id)")
                #expect(page.status == .ok)
                #expect(page.body.lowercased().contains(example), "\(language)")
                #expect(page.body.contains(responsibility))
                let list = try await client.get("/\(language)/calls")
                #expect(list.body.contains("/\(language)/calls/\(id)"))
            }
            // Anonymous visitors are sent to sign in before applying.
            #expect(try await client.get("/fi/calls/\(id)/apply").status == .seeOther)
        }
    }

    @Test("Applying through the form: a missing title is shown beside the field with the rest kept; the deadline passing while editing is told")
    func forms() async throws {
        try await withSolmu(demoData: true) { app in
            let tampere = try #require(try await Organization.query(on: app.db).filter(\.$name == "Tampereen kaupunki").first()?.id)
            try await makeUser(app, email: "hakija@example.fi", organizationID: tampere)
            let client = TestClient(app)
            _ = try await client.signIn(email: "hakija@example.fi")
            let call = try #require(try await Call.query(on: app.db).first()?.id)
            let form = try await client.get("/fi/calls/\(call)/apply")
            #expect(form.status == .ok)
            let refused = try await client.postForm(
                "/fi/calls/\(call)/apply", [("title", ""), ("summary", "Kirjoitettu tiivistelmä"), ("leadOrganizationId", "\(tampere)")],
                csrfFrom: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("field-title-error"))
            #expect(refused.body.contains("Kirjoitettu tiivistelmä"))
            let created = try await client.postForm(
                "/fi/calls/\(call)/apply", [("title", "Lomakehakemus"), ("summary", "Tiivistelmä"), ("leadOrganizationId", "\(tampere)")],
                csrfFrom: form)
            #expect(created.status == .seeOther)
            let location = try #require(created.location)
            #expect(location.hasPrefix("/fi/applications/"))
            let page = try await client.get(location)
            #expect(page.body.contains("Lomakehakemus"))
            #expect(page.body.contains("id=\"missing\""))

            let edit = try await client.get(location + "/edit")
            try await Call.query(on: app.db).filter(\.$id == call).set(\.$closesAt, to: Date().addingTimeInterval(-60)).update()
            let late = try await client.postForm(
                location + "/edit",
                [
                    ("title", "Lomakehakemus"), ("summary", "Myöhään kirjoitettu"),
                    ("version", edit.inputValue("version") ?? ""),
                ], csrfFrom: edit)
            #expect(late.status == .conflict)
            #expect(late.body.contains("Myöhään kirjoitettu"))
            #expect(late.body.contains("error-summary"))
            // Submitting is refused the same way, and the draft is untouched.
            let application = try #require(Int(location.split(separator: "/").last ?? ""))
            #expect(try await FundingApplication.find(application, on: app.db)?.summary == "Tiivistelmä")
        }
    }
}
