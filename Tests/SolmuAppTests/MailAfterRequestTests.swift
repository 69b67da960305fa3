import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("Mail after the request")
struct MailAfterRequestTests {
    @Test("Mail a request queues goes out once it has answered, without its handler asking for it")
    func mailFollowsTheRequest() async throws {
        try await withSolmu(demoData: true) { app in
            let spool = FileManager.default.temporaryDirectory.appendingPathComponent("solmu-kick-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: spool) }
            app.solmu.sendmail = ["/bin/sh", "-c", "cat >> '\(spool)'"]
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            #expect(try await f.applicant.send(.POST, "/api/v1/applications/\(id)/submit").status == .ok)
            // Delivery runs in the background after the answer: wait for it (milliseconds alone, longer beside other tests).
            var waiting: [OutboxMail] = []
            for _ in 0..<600 {
                waiting = try await OutboxMail.query(on: app.db).filter(\.$sentAt == nil).all()
                if waiting.isEmpty { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(waiting.isEmpty, "still waiting: \(waiting.map { "\($0.recipient) attempts \($0.attempts) \($0.lastError ?? "")" })")
            let delivered = (try? String(contentsOfFile: spool, encoding: .utf8)) ?? ""
            #expect(delivered.contains("To: kumppani@oulu.example.fi"))
        }
    }
}
