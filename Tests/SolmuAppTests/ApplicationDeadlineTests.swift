import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// When a call closes: nothing is submitted after it, and "16.00" is Helsinki's 16.00 on either side of the change to
/// summer time.
@Suite("Call deadlines")
struct ApplicationDeadlineTests {
    @Test("Nothing is submitted after the close, even by a form opened before it; a returned application may still be")
    func deadline() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            try await Call.query(on: app.db).filter(\.$id == call).set(\.$closesAt, to: Date().addingTimeInterval(-1)).update()
            let late = try await f.applicant.send(.POST, "/api/v1/applications/\(id)/submit")
            #expect(late.status == .conflict)
            #expect(late.body.contains("closed") || late.body.contains("päättyi") || late.body.contains("sulkeutui"), "\(late.body)")
            #expect(
                try await f.applicant.json(.POST, "/api/v1/applications", ["callId": call, "title": "Myöhässä"] as [String: Any]).status == .conflict)
            #expect(try await f.applicant.get("/api/v1/applications/\(id)").object["state"] as? String == "draft")
        }
    }

    @Test("Deadlines are Helsinki time across the change to summer time: 16.00 is 14.00Z before it and 13.00Z after")
    func helsinkiDeadline() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            let office = try #require(try await User.query(on: app.db).filter(\.$email == "office@example.fi").first())
            // EU summer time began on Sunday 29 March 2026 at 03.00 local time.
            for (closes, instant) in [("2026-03-28T16:00", "2026-03-28T14:00:00Z"), ("2026-03-29T16:00", "2026-03-29T13:00:00Z")] {
                let patched = try await f.office.json(.PATCH, "/api/v1/calls/\(call)", ["opensAt": "2026-03-01T09:00", "closesAt": closes])
                #expect(patched.object["closesAt"] as? String == instant, "\(patched.body)")
                let deadline = try #require(ISO8601DateFormatter().date(from: instant))
                let applicant = try #require(try await User.query(on: app.db).filter(\.$email == "applicant@example.fi").first())
                let late = ApplicationWorkflow(database: app.db, user: applicant, now: deadline)
                await #expect(throws: Problem.self) { try await late.perform(.submit, on: id, StepInput()) }
                _ = office
                let inTime = ApplicationWorkflow(database: app.db, user: applicant, now: deadline.addingTimeInterval(-1))
                try await inTime.perform(.submit, on: id, StepInput())
                // Back to a draft for the next round (the trail keeps both submissions).
                try await FundingApplication.query(on: app.db).filter(\.$id == id).set(\.$state, to: .draft).update()
            }
        }
    }
}
