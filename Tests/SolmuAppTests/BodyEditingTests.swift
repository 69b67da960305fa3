import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("Keeping governing bodies: bodies, seats and deputies, meeting records")
struct BodyEditingTests {
    @Test("The office adds a body with a chair and a deputy; bad seats name the field; a seat with a history stays")
    func bodiesAndSeats() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let programme = try f.programme.requireID()
            let (call, _) = try await f.openCall()
            #expect(
                try await TestClient(app).json(
                    .POST, "/api/v1/bodies", ["programmeId": programme, "kind": "roundTable", "name": ["fi": "x"]] as [String: Any]
                ).status == .unauthorized)
            #expect(
                try await f.stranger.json(
                    .POST, "/api/v1/bodies", ["programmeId": programme, "kind": "roundTable", "name": ["fi": "x"]] as [String: Any]
                ).status == .forbidden)
            let unnamed = try await f.office.json(.POST, "/api/v1/bodies", ["programmeId": programme, "kind": "panel"] as [String: Any])
            #expect(unnamed.status == .unprocessableEntity)
            #expect(unnamed.body.contains("\"kind\"") && unnamed.body.contains("\"name\""))
            let created = try await f.office.json(
                .POST, "/api/v1/bodies",
                [
                    "programmeId": programme, "kind": "roundTable",
                    "name": ["fi": "Kuutoskaupunkien pyöreä pöytä", "en": "Six cities' round table"],
                ] as [String: Any])
            #expect(created.status == .created)
            let body = try #require(created.object["id"] as? Int)
            let person = try #require(try await Person.query(on: app.db).filter(\.$name == "Teppo Rantanen").first())
            let deputy = try #require(try await Person.query(on: app.db).filter(\.$name == "Tero Tenhunen").first())
            let chair = try await f.office.json(
                .POST, "/api/v1/bodies/\(body)/members",
                [
                    "personId": try person.requireID(), "organizationId": f.tampere, "position": "chair", "startsOn": "2026",
                ] as [String: Any])
            let seat = try #require((chair.object["members"] as? [[String: Any]])?.first?["id"] as? Int)
            let withDeputy = try await f.office.json(
                .POST, "/api/v1/bodies/\(body)/members",
                [
                    "personId": try deputy.requireID(), "organizationId": f.tampere, "position": "member", "deputyOfId": seat,
                ] as [String: Any])
            let deputySeat = try #require(
                (withDeputy.object["members"] as? [[String: Any]])?.first { $0["deputyOfId"] as? Int == seat }?["id"] as? Int)
            // A deputy of a deputy, an unknown position, a term ending before it starts: each named.
            let bad = try await f.office.json(
                .POST, "/api/v1/bodies/\(body)/members",
                [
                    "personId": try person.requireID(), "position": "boss", "deputyOfId": deputySeat, "startsOn": "2026", "endsOn": "2025",
                ] as [String: Any])
            #expect(bad.status == .unprocessableEntity)
            for field in ["position", "deputyOfId", "endsOn"] { #expect(bad.body.contains("\"\(field)\""), "\(field)") }
            // The public page lists the chair with the deputy beside them, in three languages.
            for language in ["fi", "sv", "en"] {
                let page = try await TestClient(app).get("/\(language)/bodies/\(body)")
                #expect(page.body.contains("Teppo Rantanen") && page.body.contains("Tero Tenhunen"))
            }
            // Once the chair has attended a meeting, the seat is kept; ending the term is the way.
            let meeting = try await f.office.json(.POST, "/api/v1/bodies/\(body)/meetings", ["startsAt": "2026-12-01T10:00", "place": "Tampere"])
            let meetingID = try #require(meeting.object["id"] as? Int)
            _ = try await f.office.json(.PUT, "/api/v1/bodies/\(body)/meetings/\(meetingID)/attendance", ["present": [seat]])
            // An agenda item may concern a call of the body's own programme, and no other.
            let item = try await f.office.json(
                .POST, "/api/v1/bodies/\(body)/meetings/\(meetingID)/items", ["number": 1, "title": "Haun avaaminen", "callId": call])
            #expect((item.object["items"] as? [[String: Any]])?.first?["callId"] as? Int == call, "\(item.body)")
            #expect(
                try await f.office.json(.POST, "/api/v1/bodies/\(body)/meetings/\(meetingID)/items", ["number": 2, "title": "x", "callId": 987_654])
                    .status
                    == .unprocessableEntity)
            #expect(try await f.office.send(.DELETE, "/api/v1/bodies/\(body)/members/\(seat)").status == .conflict)
            let ended = try await f.office.json(.PATCH, "/api/v1/bodies/\(body)/members/\(seat)", ["endsOn": "2026-12-31"])
            #expect((ended.object["members"] as? [[String: Any]])?.first { $0["id"] as? Int == seat }?["endsOn"] as? String == "2026-12-31")
            #expect(try await f.office.send(.DELETE, "/api/v1/bodies/\(body)").status == .conflict)
            #expect(try await f.office.send(.DELETE, "/api/v1/bodies/\(body)/members/\(deputySeat)").status == .noContent)
        }
    }

    @Test("Through the forms: a seat without a person is told beside the field; the meeting record keeps minutes and attendance")
    func forms() async throws {
        try await withSolmu(demoData: true) { app in
            let forum = try #require(try await Organization.query(on: app.db).filter(\.$name == "Forum Virium Helsinki").first()?.id)
            try await makeUser(app, email: "office@example.fi", organizationID: forum)
            let client = TestClient(app)
            _ = try await client.signIn(email: "office@example.fi")
            let programme = try #require(try await Programme.query(on: app.db).filter(\.$name == "6Aika").first()?.id)
            let form = try await client.get("/fi/programmes/\(programme)/bodies/new")
            #expect(form.status == .ok)
            let refused = try await client.postForm(
                "/fi/programmes/\(programme)/bodies/new", [("nameSv", "Rundabordet"), ("kind", "roundTable")], csrfFrom: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("field-nameFi-error") && refused.body.contains("Rundabordet"))
            let created = try await client.postForm(
                "/fi/programmes/\(programme)/bodies/new", [("nameFi", "Pyöreä pöytä"), ("kind", "roundTable")], csrfFrom: form)
            let location = try #require(created.location)
            let seatForm = try await client.get(location + "/members/new")
            let noPerson = try await client.postForm(location + "/members/new", [("position", "chair"), ("startsOn", "2026")], csrfFrom: seatForm)
            #expect(noPerson.status == .unprocessableEntity)
            #expect(noPerson.body.contains("field-personId-error"))
            #expect(noPerson.inputValue("startsOn") == "2026")

            let steering = try #require(
                try await GoverningBody.query(on: app.db).filter(\.$programme.$id == programme).filter(\.$kind == .steeringGroup)
                    .with(\.$members).first())
            let meeting = Meeting()
            meeting.$body.id = try steering.requireID()
            meeting.startsAt = Date()
            meeting.place = "Helsinki"
            meeting.minutesPublic = false
            try await meeting.create(on: app.db)
            let path = "/fi/bodies/\(try steering.requireID())/meetings/\(try meeting.requireID())/edit"
            let edit = try await client.get(path)
            #expect(edit.status == .ok)
            let seats = steering.members.prefix(2).compactMap(\.id)
            let saved = try await client.postForm(
                path,
                [
                    ("startsAt", "2026-12-03T13:00"), ("place", "Helsinki"), ("minutes", "Pöytäkirja"),
                    ("present[]", "\(seats[0])"), ("present[]", "\(seats[1])"),
                ], csrfFrom: edit)
            #expect(saved.status == .seeOther)
            let stored = try #require(try await Meeting.query(on: app.db).filter(\.$id == meeting.requireID()).with(\.$attendance).first())
            #expect(stored.minutes == "Pöytäkirja")
            #expect(Set(stored.attendance.map(\.$member.id)) == Set(seats))
        }
    }
}
