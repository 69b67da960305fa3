import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// The people of a call's life on the demo's 6Aika: the strategy office (Forum Virium Helsinki), an applicant from
/// Tampere with a partner from Oulu, two independent reviewers and one from the consortium's own city, and a
/// meeting of each governing body. Each is a `TestClient` with its own API token.
struct CallFixture {
    let app: Application
    let programme: Programme
    let office: TestClient
    let applicant: TestClient
    let partner: TestClient
    let reviewers: [TestClient]
    let reviewerIDs: [UUID]
    let conflictedReviewerID: UUID
    let stranger: TestClient
    let tampere: Int
    let oulu: Int
    let ouluContact: Int
    let steeringMeeting: Int
    let managementMeeting: Int

    static func make(_ app: Application) async throws -> CallFixture {
        let programme = try #require(try await ProgrammeLoader.query(app.db).filter(\.$name == "6Aika").first())
        func organization(_ name: String) async throws -> Int {
            try #require(try await Organization.query(on: app.db).filter(\.$name == name).first()?.id)
        }
        func person(_ name: String, _ organization: Int, email: String) async throws -> Int {
            let person = Person()
            person.name = name
            person.email = email
            person.contactConsent = false
            person.$organization.id = organization
            try await person.create(on: app.db)
            return try person.requireID()
        }
        func client(_ email: String, organization: Int?, person: Int? = nil) async throws -> (TestClient, UUID) {
            let user = try await makeUser(app, email: email, organizationID: organization)
            user.$person.id = person
            try await user.save(on: app.db)
            let client = TestClient(app)
            client.bearer = try await makeToken(app, for: user)
            return (client, try user.requireID())
        }
        let tampere = try await organization("Tampereen kaupunki")
        let oulu = try await organization("Oulun kaupunki")
        let applicantPerson = try await person("Hakija Tamperelainen", tampere, email: "hakija@tampere.example.fi")
        let ouluContact = try await person("Kumppani Oululainen", oulu, email: "kumppani@oulu.example.fi")
        let (office, _) = try await client("office@example.fi", organization: try #require(programme.$coordinator.id))
        let (applicant, _) = try await client("applicant@example.fi", organization: tampere, person: applicantPerson)
        let (partner, _) = try await client("partner@example.fi", organization: oulu, person: ouluContact)
        let (first, firstID) = try await client("reviewer1@example.fi", organization: nil)
        let (second, secondID) = try await client("reviewer2@example.fi", organization: nil)
        let (_, conflictedID) = try await client("reviewer3@example.fi", organization: tampere)
        let (stranger, _) = try await client("stranger@example.fi", organization: try await organization("Sitra"))
        let bodies = try await GoverningBody.query(on: app.db).filter(\.$programme.$id == programme.requireID()).all()
        func meeting(_ kind: GoverningBody.Kind) async throws -> Int {
            let meeting = Meeting()
            meeting.$body.id = try #require(bodies.first { $0.kind == kind }?.id)
            meeting.startsAt = Date()
            meeting.place = "Helsinki"
            meeting.minutesPublic = false
            try await meeting.create(on: app.db)
            return try meeting.requireID()
        }
        return CallFixture(
            app: app, programme: programme, office: office, applicant: applicant, partner: partner, reviewers: [first, second],
            reviewerIDs: [firstID, secondID], conflictedReviewerID: conflictedID, stranger: stranger, tampere: tampere, oulu: oulu,
            ouluContact: ouluContact, steeringMeeting: try await meeting(.steeringGroup), managementMeeting: try await meeting(.managementGroup))
    }

    /// An open call (opened an hour ago, closes in `closesIn` seconds) with two criteria: weights 2 and 1 on a 0–5 scale.
    func openCall(closesIn: TimeInterval = 86_400) async throws -> (id: Int, criteria: [Int]) {
        let now = Date()
        let call = try await office.json(
            .POST, "/api/v1/calls",
            [
                "programmeId": try programme.requireID(), "number": Int.random(in: 100...999), "title": ["fi": "Kokeiluhaku", "en": "Pilot call"],
                "opensAt": ISO8601DateFormatter().string(from: now.addingTimeInterval(-3600)),
                "closesAt": ISO8601DateFormatter().string(from: now.addingTimeInterval(closesIn)),
                "budgetCents": 100_000_000, "published": true, "instrumentIds": [try #require(programme.instruments.first?.id)],
            ] as [String: Any])
        let id = try #require(call.object["id"] as? Int, "\(call.body)")
        _ = try await office.json(
            .POST, "/api/v1/calls/\(id)/criteria", ["name": ["fi": "Vaikuttavuus"], "weight": 2, "scaleMin": 0, "scaleMax": 5] as [String: Any])
        let last = try await office.json(
            .POST, "/api/v1/calls/\(id)/criteria",
            ["name": ["fi": "Vastuullisuus"], "weight": 1, "scaleMin": 0, "scaleMax": 5, "responsibility": true] as [String: Any])
        let criteria = (last.object["criteria"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
        return (id, criteria)
    }

    /// A complete draft by the Tampere applicant with Oulu as co-applicant: ready to submit.
    func completeDraft(call: Int) async throws -> Int {
        let created = try await applicant.json(
            .POST, "/api/v1/applications",
            [
                "callId": call, "title": "Avoin datakokeilu",
                "summary": "Tiivistelmä", "objectives": "Tavoitteet",
            ] as [String: Any])
        let id = try #require(created.object["id"] as? Int, "\(created.body)")
        let lead = try #require((created.object["partners"] as? [[String: Any]])?.first?["id"] as? Int)
        _ = try await applicant.json(
            .PATCH, "/api/v1/applications/\(id)/partners/\(lead)", ["budgetCents": 60_000_00, "requestedCents": 42_000_00] as [String: Any])
        _ = try await applicant.json(
            .POST, "/api/v1/applications/\(id)/partners",
            [
                "organizationId": oulu, "role": "coApplicant", "contactPersonId": ouluContact, "budgetCents": 40_000_00, "requestedCents": 28_000_00,
            ] as [String: Any])
        _ = try await applicant.json(
            .POST, "/api/v1/applications/\(id)/work-packages", ["number": 1, "title": "Kokeilu", "responsibleId": tampere] as [String: Any])
        let indicator = try #require(programme.indicators.first?.id)
        let targets = try await applicant.json(.PUT, "/api/v1/applications/\(id)/targets", ["targets": [["indicatorId": indicator, "value": "12"]]])
        #expect((targets.object["missing"] as? [String: Any])?.isEmpty == true, "\(targets.body)")
        return id
    }
}
