import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("Self-assessment pages: the questionnaire's forms keep what was chosen, the admins' editor makes a new version")
struct SelfAssessmentPageTests {
    @Test("A tampered answer comes back beside its statement with the other choices kept; the link alone continues; completing names what is missing")
    func questionnaireForms() async throws {
        try await withSolmu { app in
            let f = try await SelfAssessmentFixture.make(app)
            let visitor = TestClient(app)
            let started = try await visitor.postForm("/fi/self-assessment", [("name", "Tesoman makerspace"), ("kind", "makerspace")])
            #expect(started.status == .seeOther)
            let overview = try #require(started.location)
            let token = try #require(overview.split(separator: "?").first?.split(separator: "/").last.map(String.init))
            let ownership = try #require(f.statements.first)
            let step = "/fi/self-assessment/a/\(token)/steps/\(ownership.dimension)"
            var fields = ownership.ids.map { ("s\($0)", "3") }
            fields[1] = ("s\(ownership.ids[1])", "9")
            fields[2] = ("s\(ownership.ids[2])", StepForm.dontKnow)
            let refused = try await visitor.postForm(step, fields + [("go", "next")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("id=\"field-s\(ownership.ids[1])-error\""))
            #expect(refused.body.contains(Translations.text("selfAssessment.answer.outOfScale", .fi)))
            #expect(refused.body.contains("id=\"field-s\(ownership.ids[0])-3\" name=\"s\(ownership.ids[0])\" value=\"3\" checked"))
            #expect(refused.body.contains("value=\"\(StepForm.dontKnow)\" checked"))
            #expect(try await f.anonymous.get("/api/v1/self-assessment/assessments/\(token)").object["answered"] as? Int == 0)
            fields[1] = ("s\(ownership.ids[1])", "1")
            let saved = try await visitor.postForm(step, fields + [("go", "next")])
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/fi/self-assessment/a/\(token)/steps/\(f.statements[1].dimension)")
            // Another sitting, another browser: the link is enough.
            let later = TestClient(app)
            let progress = try await later.get("/sv/self-assessment/a/\(token)")
            #expect(progress.status == .ok)
            #expect(progress.body.contains(Translations.text("selfAssessment.progress", .sv, ["answered": "5", "total": "42"])))
            let incomplete = try await later.postForm("/sv/self-assessment/a/\(token)/complete", [])
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.body.contains("/steps/\(f.statements[1].dimension)"))
            #expect(incomplete.body.contains("class=\"error-summary\""))
            // Finished through the API, the result page draws the radar and gives advice.
            try await f.complete(token, level: 1)
            let result = try await later.get("/en/self-assessment/a/\(token)/result")
            #expect(result.status == .ok)
            #expect(result.body.contains("class=\"chart chart--radar\""))
            #expect(result.body.contains("class=\"advice\""))
            // Publishing without the consent is refused beside the box.
            let refusedPublication = try await later.postForm("/en/self-assessment/a/\(token)/publication", [("published", "true")])
            #expect(refusedPublication.status == .unprocessableEntity)
            #expect(refusedPublication.body.contains("id=\"field-ownerConsent-error\""))
        }
    }

    @Test("An admin copies the questionnaire into a draft, edits a statement (an empty level is refused with the rest kept) and publishes it")
    func questionnaireEditor() async throws {
        try await withSolmu { app in
            let f = try await SelfAssessmentFixture.make(app)
            try await makeUser(app, email: "admin@example.fi", role: .admin)
            try await makeUser(app)
            let editor = TestClient(app)
            _ = try await editor.signIn()
            #expect(try await editor.get("/fi/self-assessment/instruments").status == .forbidden)
            let admin = TestClient(app)
            _ = try await admin.signIn(email: "admin@example.fi")
            let list = try await admin.get("/fi/self-assessment/instruments")
            #expect(list.status == .ok)
            let version = try await admin.get("/fi/self-assessment/instruments/\(f.instrumentID)")
            #expect(version.status == .ok)
            // A published version has no edit links.
            #expect(!version.body.contains("/statements/"))
            let copied = try await admin.postForm("/fi/self-assessment/instruments/\(f.instrumentID)/versions", [], csrfFrom: version)
            #expect(copied.status == .seeOther)
            let draftPath = try #require(copied.location)
            let draft = try await admin.get(draftPath)
            #expect(draft.body.contains("/statements/"))
            let draftID = try #require(Int(draftPath.split(separator: "/").last ?? ""))
            let statement = try #require(try await InstrumentStatement.query(on: app.db).filter(\.$instrument.$id == draftID).sort(\.$id).first())
            let editPath = "/fi/self-assessment/instruments/\(draftID)/statements/\(statement.id ?? 0)/edit"
            let form = try await admin.get(editPath)
            #expect(form.inputValue("key") == statement.key)
            var fields = InstrumentPages.statementFields.map { ($0, form.body.contains("name=\"\($0)\"") ? "Teksti \($0)" : "") }
            fields[0] = ("key", statement.key)
            fields[fields.firstIndex { $0.0 == "level2Sv" }!] = ("level2Sv", "")
            let refused = try await admin.postForm(editPath, fields, csrfFrom: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("id=\"field-level2Sv-error\""))
            #expect(refused.body.contains("Teksti level4En</textarea>"))
            fields[fields.firstIndex { $0.0 == "level2Sv" }!] = ("level2Sv", "Delvis")
            let saved = try await admin.postForm(editPath, fields, csrfFrom: refused)
            #expect(saved.status == .seeOther, "\(saved.body)")
            let content = try await admin.get("/api/v1/self-assessment/instruments/\(draftID)")
            let first = (((content.object["dimensions"] as? [[String: Any]])?.first?["statements"]) as? [[String: Any]])?.first
            #expect((first?["text"] as? [String: Any])?["fi"] as? String == "Teksti textFi")
            let published = try await admin.postForm("/fi/self-assessment/instruments/\(draftID)/publish", [], csrfFrom: draft)
            #expect(published.status == .seeOther)
            #expect(try await f.anonymous.get("/api/v1/self-assessment/instruments/\(draftID)").status == .ok)
            #expect(try await admin.get("/fi/self-assessment/instruments/\(f.instrumentID)/statements/\(statement.id ?? 0)/edit").status == .notFound)
        }
    }
}
