import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// Every state × every action, through the API on a real database: what the table allows goes through, everything
/// else is a 409 that names the state, and the application is left as it was.
@Suite("Application state machine: every state × every action")
struct ApplicationStateMachineTests {
    /// The machine as the issue describes it, written out independently of `ApplicationLifecycle`.
    static let expected: [ApplicationState: [ApplicationAction: Set<ApplicationState>]] = [
        .draft: [.submit: [.submitted], .withdraw: [.withdrawn]],
        .submitted: [.withdraw: [.withdrawn], .returnForCompletion: [.returned], .checkEligibility: [.eligible, .ineligible]],
        .returned: [.submit: [.submitted], .withdraw: [.withdrawn]],
        .eligible: [.returnForCompletion: [.returned], .completeAssessment: [.assessed]],
        .assessed: [.propose: [.proposed]],
        .proposed: [.decide: [.funded, .rejected]],
    ]

    @Test("The table is the one described")
    func table() {
        for state in ApplicationState.allCases {
            for action in ApplicationAction.allCases {
                #expect(Set(ApplicationLifecycle.targets(from: state, by: action)) == (Self.expected[state]?[action] ?? []), "\(state) × \(action)")
            }
        }
        #expect(ApplicationState.allCases.filter(\.isFinal) == [.ineligible, .funded, .rejected, .withdrawn])
    }

    @Test("Through the API: allowed moves land, forbidden ones are 409 and change nothing")
    func everyPair() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, criteria) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            // One submitted review, so that completing the assessment is possible where the state allows it.
            let assessment = Review()
            assessment.$application.id = id
            assessment.$reviewer.id = f.reviewerIDs[0]
            assessment.state = .submitted
            assessment.total = 3000
            try await assessment.create(on: app.db)
            _ = criteria
            for state in ApplicationState.allCases {
                for action in ApplicationAction.allCases where action != .create {
                    try await FundingApplication.query(on: app.db).filter(\.$id == id).set(\.$state, to: state).set(\.$project.$id, to: nil).update()
                    let client = action.actor == .consortium ? f.applicant : f.office
                    let body: [String: Any] =
                        switch action {
                        case .propose: ["meetingId": f.steeringMeeting, "outcome": "funded", "reason": "Puolletaan"]
                        case .decide: ["meetingId": f.managementMeeting, "outcome": "rejected", "reason": "Ei rahoiteta"]
                        case .returnForCompletion: ["reason": "Täydennä"]
                        default: [:]
                        }
                    let reply = try await client.json(.POST, "/api/v1/applications/\(id)/\(action.pathSegment)", body)
                    let allowed = Self.expected[state]?[action] ?? []
                    let now = try #require(try await FundingApplication.find(id, on: app.db)?.state)
                    if allowed.isEmpty {
                        #expect(reply.status == .conflict, "\(state) × \(action): \(reply.status)")
                        #expect(reply.contentType.hasPrefix("application/problem+json"))
                        #expect(now == state, "\(state) × \(action) changed the state")
                    } else {
                        #expect(reply.status == .ok, "\(state) × \(action): \(reply.body)")
                        #expect(allowed.contains(now), "\(state) × \(action) → \(now)")
                    }
                }
            }
        }
    }
}
