import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import SolmuApp

@Suite("An application's life: from a draft to a project, through assessment and two governing bodies")
struct ApplicationLifeTests {
    @Test("Draft → submitted → eligible → assessed → proposed → funded → project, every step in the audit trail and the inbox")
    func wholeLife() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, criteria) = try await f.openCall()
            // The public sees the open call and its criteria, never its applications or ranking.
            let anonymous = TestClient(app)
            let open = try await anonymous.get("/api/v1/calls?open=true")
            #expect(open.items.contains { $0["id"] as? Int == call })
            #expect(try await anonymous.get("/api/v1/calls/\(call)/applications").status == .unauthorized)
            #expect(try await f.stranger.get("/api/v1/calls/\(call)/ranking").status == .forbidden)

            // An incomplete draft cannot be submitted: every missing part is named at once.
            let draft = try await f.applicant.json(.POST, "/api/v1/applications", ["callId": call, "title": "Puolivalmis"] as [String: Any])
            let draftID = try #require(draft.object["id"] as? Int)
            let incomplete = try await f.applicant.send(.POST, "/api/v1/applications/\(draftID)/submit")
            #expect(incomplete.status == .unprocessableEntity)
            let fields = Set(((incomplete.object["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["summary", "objectives", "budget", "workPackages", "targets"], "\(incomplete.body)")

            let id = try await f.completeDraft(call: call)
            // The partner's contact person has an account: they edit the same draft.
            let version = try #require(try await f.partner.get("/api/v1/applications/\(id)").object["version"] as? Int)
            let edited = try await f.partner.json(
                .PATCH, "/api/v1/applications/\(id)", ["objectives": "Tarkennetut tavoitteet", "version": version] as [String: Any])
            #expect(edited.status == .ok, "\(edited.body)")
            // The applicant still holds the older version: told, not overwritten.
            let stale = try await f.applicant.json(
                .PATCH, "/api/v1/applications/\(id)", ["objectives": "Vanha", "version": version] as [String: Any])
            #expect(stale.status == .conflict)
            #expect(try await f.applicant.get("/api/v1/applications/\(id)").object["objectives"] as? String == "Tarkennetut tavoitteet")
            // Nobody outside the consortium learns the draft exists.
            #expect(try await f.stranger.get("/api/v1/applications/\(id)").status == .notFound)
            #expect(try await anonymous.get("/api/v1/applications/\(id)").status == .unauthorized)

            let submitted = try await f.applicant.send(.POST, "/api/v1/applications/\(id)/submit")
            #expect(submitted.object["state"] as? String == "submitted", "\(submitted.body)")
            #expect(submitted.object["requestedCents"] as? Int == 70_000_00)
            let locked = try await f.applicant.json(
                .PATCH, "/api/v1/applications/\(id)", ["title": "Muutos", "version": submitted.object["version"] as? Int ?? 0] as [String: Any])
            #expect(locked.status == .conflict)

            // The office returns it for completion; the consortium edits and submits again.
            #expect(try await f.office.json(.POST, "/api/v1/applications/\(id)/return", [String: Any]()).status == .unprocessableEntity)
            let returned = try await f.office.json(.POST, "/api/v1/applications/\(id)/return", ["reason": "Lisää kustannusarvion perustelut"])
            #expect(returned.object["state"] as? String == "returned")
            _ = try await f.applicant.json(
                .PATCH, "/api/v1/applications/\(id)",
                ["summary": "Tiivistelmä perusteluineen", "version": returned.object["version"] as? Int ?? 0] as [String: Any])
            #expect(try await f.applicant.send(.POST, "/api/v1/applications/\(id)/submit").object["state"] as? String == "submitted")
            // The applicant cannot take the office's steps.
            #expect(try await f.applicant.send(.POST, "/api/v1/applications/\(id)/check-eligibility").status == .forbidden)

            let eligible = try await f.office.send(.POST, "/api/v1/applications/\(id)/check-eligibility")
            #expect(eligible.object["state"] as? String == "eligible")
            // The office's pipeline: submitted work with its consortium, never the other drafts.
            let pipeline = try await f.office.get("/api/v1/calls/\(call)/applications")
            #expect(pipeline.items.map { $0["id"] as? Int } == [id])
            let partners = pipeline.items.first?["partners"] as? [[String: Any]] ?? []
            #expect(partners.map { $0["organizationName"] as? String } == ["Tampereen kaupunki", "Oulun kaupunki"])
            #expect(partners.last?["contactPersonName"] as? String == "Kumppani Oululainen")
            let csv = try await f.office.get("/api/v1/calls/\(call)/applications?format=csv")
            #expect(csv.body.contains("Avoin datakokeilu,Tampereen kaupunki,2,100000,70000,"), "\(csv.body)")
            #expect(try await f.office.get("/fi/calls/\(call)/applications").body.contains("Avoin datakokeilu"))
            // The page narrows by state (the counts still cover the call) and pages.
            #expect(try await f.office.get("/en/calls/\(call)/applications?state=eligible").body.contains("Avoin datakokeilu"))
            let withdrawn = try await f.office.get("/en/calls/\(call)/applications?state=withdrawn")
            #expect(!withdrawn.body.contains("Avoin datakokeilu</a>") && withdrawn.body.contains("Show every state"))
            #expect(try await f.office.get("/en/calls/\(call)/applications?limit=500").status == .unprocessableEntity)

            // Reviewers: one from the consortium's own city is refused; two others are assigned.
            let conflicted = try await f.office.json(
                .POST, "/api/v1/applications/\(id)/assessments", ["reviewerId": f.conflictedReviewerID.uuidString])
            #expect(conflicted.status == .unprocessableEntity)
            #expect(conflicted.body.contains("reviewerId"))
            var assessments: [Int] = []
            for reviewer in f.reviewerIDs {
                let assigned = try await f.office.json(.POST, "/api/v1/applications/\(id)/assessments", ["reviewerId": reviewer.uuidString])
                #expect(assigned.status == .created, "\(assigned.body)")
                assessments.append(try #require(assigned.object["id"] as? Int))
            }
            // Before declaring no conflict the reviewer does not see the application.
            #expect(try await f.reviewers[0].get("/api/v1/applications/\(id)").status == .notFound)
            #expect(try await f.office.send(.POST, "/api/v1/applications/\(id)/complete-assessment").status == .conflict)
            let scores: [[Int]] = [[4, 1], [5, 2]]
            for (index, reviewer) in f.reviewers.enumerated() {
                let declared = try await reviewer.json(.POST, "/api/v1/assessments/\(assessments[index])/declaration", ["conflict": false])
                #expect(declared.object["state"] as? String == "inProgress", "\(declared.body)")
                #expect(try await reviewer.get("/api/v1/applications/\(id)").status == .ok)
                let version = try #require(declared.object["version"] as? Int)
                let outOfScale = try await reviewer.json(
                    .PUT, "/api/v1/assessments/\(assessments[index])/scores",
                    [
                        "version": version, "scores": [["criterionId": criteria[0], "score": 6]],
                    ] as [String: Any])
                #expect(outOfScale.status == .unprocessableEntity)
                #expect(outOfScale.body.contains("score-\(criteria[0])"))
                let saved = try await reviewer.json(
                    .PUT, "/api/v1/assessments/\(assessments[index])/scores",
                    [
                        "version": version, "submit": true,
                        "scores": [
                            ["criterionId": criteria[0], "score": scores[index][0], "comment": "Hyvä"],
                            ["criterionId": criteria[1], "score": scores[index][1]],
                        ],
                    ] as [String: Any])
                #expect(saved.object["state"] as? String == "submitted", "\(saved.body)")
            }
            // (2·4 + 1·1) / 3 = 3 and (2·5 + 1·2) / 3 = 4: mean 3.5, spread 1.
            #expect(try await f.reviewers[0].get("/api/v1/assessments/\(assessments[0])").object["total"] as? String == "3")
            // A reviewer sees their own assessment only, never the other's.
            #expect(try await f.reviewers[0].get("/api/v1/assessments/\(assessments[1])").status == .notFound)
            let ranking = try await f.office.get("/api/v1/calls/\(call)/ranking")
            let row = try #require(ranking.items.first)
            #expect(row["mean"] as? String == "3.5")
            #expect(row["spread"] as? String == "1")
            #expect(row["reviews"] as? Int == 2)
            #expect(try await f.office.get("/api/v1/applications/\(id)/assessments").items.compactMap { $0["reviewerName"] as? String }.count == 2)

            #expect(try await f.office.send(.POST, "/api/v1/applications/\(id)/complete-assessment").object["state"] as? String == "assessed")
            // Proposals come from a steering group meeting, decisions from a management group meeting.
            let wrongBody = try await f.office.json(
                .POST, "/api/v1/applications/\(id)/propose",
                ["meetingId": f.managementMeeting, "outcome": "funded", "reason": "Hyvä"] as [String: Any])
            #expect(wrongBody.status == .unprocessableEntity)
            #expect(wrongBody.body.contains("meetingId"))
            let proposed = try await f.office.json(
                .POST, "/api/v1/applications/\(id)/propose",
                ["meetingId": f.steeringMeeting, "outcome": "funded", "reason": "Ohjausryhmä puoltaa"] as [String: Any])
            #expect(proposed.object["state"] as? String == "proposed", "\(proposed.body)")
            let decided = try await f.office.json(
                .POST, "/api/v1/applications/\(id)/decide",
                [
                    "meetingId": f.managementMeeting, "outcome": "funded", "reason": "Johtoryhmä myöntää rahoituksen",
                    "conditions": "Väliraportti 6 kk:n kuluttua",
                ] as [String: Any])
            #expect(decided.object["state"] as? String == "funded", "\(decided.body)")
            #expect(decided.object["conditions"] as? String == "Väliraportti 6 kk:n kuluttua")
            let twice = try await f.office.json(
                .POST, "/api/v1/applications/\(id)/decide",
                ["meetingId": f.managementMeeting, "outcome": "rejected", "reason": "Uudestaan"] as [String: Any])
            #expect(twice.status == .conflict)

            // The project carries the consortium, work package, budget and target over.
            let projectID = try #require(decided.object["projectId"] as? Int)
            let project = try await anonymous.get("/api/v1/projects/\(projectID)")
            #expect((project.object["project"] as? [String: Any])?["totalCents"] as? Int == 100_000_00)
            #expect((project.object["eligibility"] as? [String: Any])?["passes"] as? Bool == true)
            let implementers = try await anonymous.get("/api/v1/projects/\(projectID)/implementers")
            #expect(Set(implementers.items.compactMap { $0["role"] as? String }) == ["lead", "coImplementer"])
            #expect(try await anonymous.get("/api/v1/projects/\(projectID)/work-packages").items.first?["responsibleId"] as? Int == f.tampere)
            // The public sees the funded project on the call, the decision on the meeting, and nothing of the application.
            let publicCall = try await anonymous.get("/api/v1/calls/\(call)")
            #expect((publicCall.object["fundedProjects"] as? [[String: Any]])?.first?["projectId"] as? Int == projectID)
            let management = try #require(try await Meeting.find(f.managementMeeting, on: app.db)?.$body.id)
            let meeting = try await anonymous.get("/api/v1/bodies/\(management)/meetings/\(f.managementMeeting)")
            let item = try #require((meeting.object["items"] as? [[String: Any]])?.first)
            #expect(item["applicationId"] as? Int == id)
            #expect(item["decision"] as? String == "Johtoryhmä myöntää rahoituksen")
            let steering = try #require(try await Meeting.find(f.steeringMeeting, on: app.db)?.$body.id)
            let proposal = try await anonymous.get("/api/v1/bodies/\(steering)/meetings/\(f.steeringMeeting)")
            #expect(
                (proposal.object["items"] as? [[String: Any]])?.first?["decision"] is NSNull
                    || (proposal.object["items"] as? [[String: Any]])?.first?["decision"] == nil)

            // The audit trail: every change with who and why, in order.
            let events = try await f.applicant.get("/api/v1/applications/\(id)/events")
            #expect(
                events.items.map { $0["action"] as? String ?? "" } == [
                    "create", "submit", "returnForCompletion", "submit", "checkEligibility",
                    "completeAssessment", "propose", "decide",
                ])
            #expect(events.items.last?["actorName"] as? String == "Office")
            #expect(events.items[2]["reason"] as? String == "Lisää kustannusarvion perustelut")
            #expect(events.items[4]["finding"] as? String == "application.rule.passes")
            // Each change reached the consortium's inboxes and the outbox, addressed to both contacts.
            let inbox = try await f.partner.get("/api/v1/inbox")
            #expect(inbox.items.count == 7)
            #expect((inbox.items.first?["message"] as? String)?.contains("Avoin datakokeilu") == true)
            let mails = try await OutboxMail.query(on: app.db).all()
            #expect(Set(mails.map(\.recipient)) == ["hakija@tampere.example.fi", "kumppani@oulu.example.fi"])
            #expect(mails.count == 14)
            #expect(mails.contains { $0.subject.contains("Rahoitettu") && $0.body.contains("/en/applications/\(id)") })
        }
    }

    @Test("Members of the programme's bodies read applications once assessed, and the ranking; they take no steps")
    func bodyMembers() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            _ = try await f.applicant.send(.POST, "/api/v1/applications/\(id)/submit")
            // The steering group's chair, signed in as that person.
            let chair = try #require(try await Person.query(on: app.db).filter(\.$name == "Mika Perttunen").first()?.id)
            let user = try await makeUser(app, email: "chair@example.fi")
            user.$person.id = chair
            try await user.save(on: app.db)
            let member = TestClient(app)
            member.bearer = try await makeToken(app, for: user)
            #expect(try await member.get("/api/v1/applications/\(id)").status == .notFound)
            #expect(try await member.get("/api/v1/calls/\(call)/applications").items.isEmpty)
            try await FundingApplication.query(on: app.db).filter(\.$id == id).set(\.$state, to: .assessed).update()
            #expect(try await member.get("/api/v1/applications/\(id)").status == .ok)
            #expect(try await member.get("/api/v1/calls/\(call)/applications").items.count == 1)
            #expect(try await member.get("/api/v1/calls/\(call)/ranking").status == .ok)
            #expect(try await member.get("/fi/calls/\(call)/ranking").status == .ok)
            // Reading is not deciding: the office records the body's decisions.
            let propose = try await member.json(
                .POST, "/api/v1/applications/\(id)/propose",
                ["meetingId": f.steeringMeeting, "outcome": "funded", "reason": "Hyvä"] as [String: Any])
            #expect(propose.status == .forbidden)
            // Nor does a body member see reviews or reviewers.
            #expect(try await member.get("/api/v1/applications/\(id)/assessments").status == .forbidden)
        }
    }

    @Test("A consortium from one member city is marked ineligible with the rule named, not refused")
    func ineligible() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            let oulu = try #require(try await f.applicant.get("/api/v1/applications/\(id)").object["partners"] as? [[String: Any]]).first {
                $0["organizationId"] as? Int == f.oulu
            }
            // Oulu's work package goes first, then Oulu: a consortium of Tampere alone.
            #expect(
                try await f.applicant.send(.DELETE, "/api/v1/applications/\(id)/partners/\(try #require(oulu?["id"] as? Int))").status == .noContent)
            #expect(try await f.applicant.send(.POST, "/api/v1/applications/\(id)/submit").object["state"] as? String == "submitted")
            let checked = try await f.office.send(.POST, "/api/v1/applications/\(id)/check-eligibility")
            #expect(checked.object["state"] as? String == "ineligible")
            let events = try await f.office.get("/api/v1/applications/\(id)/events")
            #expect(events.items.last?["finding"] as? String == "application.rule.fails")
            #expect((events.items.last?["findingValues"] as? [String: String])?["minimum"] == "2")
        }
    }

    @Test("The audit trail cannot be rewritten, not even by SQL")
    func appendOnly() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE application_events SET actor_name = 'someone else' WHERE application_id = \(bind: id)").run()
            }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM application_events WHERE application_id = \(bind: id)").run() }
            #expect(try await ApplicationEvent.query(on: app.db).filter(\.$application.$id == id).first()?.actorName == "Applicant")
        }
    }

    @Test("Two decisions at once: one lands, the other is told; two saves of one assessment at once: the same")
    func races() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, criteria) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            try await FundingApplication.query(on: app.db).filter(\.$id == id).set(\.$state, to: .proposed).update()
            let office = f.office, meeting = f.managementMeeting
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for outcome in ["funded", "rejected", "funded", "rejected"] {
                    group.addTask {
                        try await office.json(
                            .POST, "/api/v1/applications/\(id)/decide",
                            ["meetingId": meeting, "outcome": outcome, "reason": "Päätös"] as [String: Any]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == .conflict }.count == 3, "\(statuses)")
            #expect(try await ApplicationEvent.query(on: app.db).filter(\.$application.$id == id).filter(\.$action == .decide).count() == 1)
            let projects = try await Project.query(on: app.db).filter(\.$nameFi == "Avoin datakokeilu").count()
            let state = try #require(try await FundingApplication.find(id, on: app.db)?.state)
            #expect(projects == (state == .funded ? 1 : 0))

            // A second application for the assessment race.
            let second = try await f.completeDraft(call: call)
            _ = try await f.applicant.send(.POST, "/api/v1/applications/\(second)/submit")
            let assigned = try await f.office.json(.POST, "/api/v1/applications/\(second)/assessments", ["reviewerId": f.reviewerIDs[0].uuidString])
            let assessment = try #require(assigned.object["id"] as? Int)
            let declared = try await f.reviewers[0].json(.POST, "/api/v1/assessments/\(assessment)/declaration", ["conflict": false])
            let version = try #require(declared.object["version"] as? Int)
            let reviewer = f.reviewers[0], criterion = criteria[0]
            let saves = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for score in [1, 2, 3] {
                    group.addTask {
                        try await reviewer.json(
                            .PUT, "/api/v1/assessments/\(assessment)/scores",
                            ["version": version, "scores": [["criterionId": criterion, "score": score]]] as [String: Any]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(saves.filter { $0 == .ok }.count == 1, "\(saves)")
            #expect(try await ReviewScore.query(on: app.db).filter(\.$assessment.$id == assessment).count() == 1)
        }
    }

    @Test("A reviewer who declares a conflict never sees the application; the office assigns another")
    func conflictOfInterest() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            _ = try await f.applicant.send(.POST, "/api/v1/applications/\(id)/submit")
            let assigned = try await f.office.json(.POST, "/api/v1/applications/\(id)/assessments", ["reviewerId": f.reviewerIDs[1].uuidString])
            let assessment = try #require(assigned.object["id"] as? Int)
            #expect(
                try await f.reviewers[1].json(.POST, "/api/v1/assessments/\(assessment)/declaration", ["conflict": true]).status
                    == .unprocessableEntity)
            let declared = try await f.reviewers[1].json(
                .POST, "/api/v1/assessments/\(assessment)/declaration", ["conflict": true, "reason": "Entinen työnantaja"] as [String: Any])
            #expect(declared.object["state"] as? String == "conflict")
            #expect(try await f.reviewers[1].get("/api/v1/applications/\(id)").status == .notFound)
            #expect(
                try await f.reviewers[1].json(.PUT, "/api/v1/assessments/\(assessment)/scores", ["version": 2, "scores": []] as [String: Any]).status
                    == .conflict)
            #expect(try await f.office.send(.DELETE, "/api/v1/applications/\(id)/assessments/\(assessment)").status == .noContent)
            #expect(
                try await f.office.json(.POST, "/api/v1/applications/\(id)/assessments", ["reviewerId": f.reviewerIDs[0].uuidString]).status
                    == .created)
        }
    }

    @Test("E-mail goes to the configured sendmail-compatible program, subject encoded, body in three languages")
    func delivery() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            _ = try await f.applicant.send(.POST, "/api/v1/applications/\(id)/submit")
            let spool = FileManager.default.temporaryDirectory.appendingPathComponent("solmu-mail-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: spool) }
            let sent = await app.mailDelivery.run(program: ["/bin/sh", "-c", "cat >> '\(spool)'"], database: app.db, logger: app.logger)
            #expect(sent == 2)
            let delivered = try String(contentsOfFile: spool, encoding: .utf8)
            #expect(delivered.contains("To: kumppani@oulu.example.fi"))
            #expect(delivered.contains("Subject: =?UTF-8?B?"))
            #expect(delivered.contains("Ansökan") || delivered.contains("ansökan"))
            #expect(try await OutboxMail.query(on: app.db).filter(\.$sentAt == nil).count() == 0)
            // A failing program leaves the mail waiting with its error.
            _ = try await f.applicant.send(.POST, "/api/v1/applications/\(id)/withdraw")
            #expect(await app.mailDelivery.run(program: ["/bin/false"], database: app.db, logger: app.logger) == 0)
            let waiting = try await OutboxMail.query(on: app.db).filter(\.$sentAt == nil).all()
            #expect(waiting.count == 2)
            #expect(waiting.allSatisfy { $0.attempts == 1 && $0.lastError != nil })
        }
    }
}
