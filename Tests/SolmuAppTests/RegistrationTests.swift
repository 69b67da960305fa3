import Fluent
import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("Registration: places, the waiting list, cancelling by the private link, privacy, and many at once")
struct RegistrationTests {
    @Test("Two places for four people: two confirmed, two waiting; a cancellation moves the first waiting up, and everyone is told")
    func waitingList() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let title = "Tekoälytyöpaja"
            let event = try await f.openEvent(capacity: 2, title: title)
            let people = [
                ("Aino Aalto", "aino@example.fi"), ("Bertil Berg", "bertil@example.fi"), ("Cecilia Castrén", "cecilia@example.fi"),
                ("Daniel Dahl", "daniel@example.fi"),
            ]
            var receipts: [String: Receipt] = [:]
            for (name, email) in people {
                let reply = try await f.register(event, name: name, email: email, listConsent: true, contactConsent: true)
                #expect(reply.status == .created, "\(email): \(reply.body)")
                #expect(reply.location?.hasPrefix("/api/v1/registrations/") == true)
                receipts[email] = Receipt(email: email, reply)
            }
            let a = try #require(receipts["aino@example.fi"]), b = try #require(receipts["bertil@example.fi"])
            let c = try #require(receipts["cecilia@example.fi"]), d = try #require(receipts["daniel@example.fi"])
            #expect(a.state == "confirmed" && a.waitingPosition == nil)
            #expect(b.state == "confirmed" && b.waitingPosition == nil)
            #expect(c.state == "waiting" && c.waitingPosition == 1)
            #expect(d.state == "waiting" && d.waitingPosition == 2)
            for receipt in [a, b, c, d] { #expect(receipt.token?.count == 43, "\(receipt.email)") }
            let counted = try await f.eventJSON(event)
            #expect(counted["confirmed"] as? Int == 2 && counted["waiting"] as? Int == 2)

            // The same address in other letters is the same person: told, not registered twice.
            let again = try await f.register(event, name: "Aino Aalto", email: "AINO@Example.FI")
            #expect(again.status == .conflict, "\(again.body)")
            #expect(again.contentType.hasPrefix("application/problem+json"))
            #expect(EventFixture.fields(again) == ["email"])
            #expect(try await f.registrations(event).filter { $0["status"] as? String != "cancelled" }.count == 4)

            // The private link shows the registration; Bertil cancels by it and Cecilia gets the place.
            let aToken = try #require(a.token), bToken = try #require(b.token), cToken = try #require(c.token), dToken = try #require(d.token)
            let shown = try await f.anonymous.get("/api/v1/registrations/\(dToken)")
            #expect(shown.object["waitingPosition"] as? Int == 2)
            #expect(shown.object["token"] == nil, "the secret is given once")
            let cancelled = try await f.anonymous.send(.DELETE, "/api/v1/registrations/\(bToken)")
            #expect(cancelled.status == .ok, "\(cancelled.body)")
            #expect(cancelled.object["status"] as? String == "cancelled")
            let list = try await f.registrations(event)
            func row(_ email: String) -> [String: Any]? { list.first { $0["email"] as? String == email } }
            #expect(row("cecilia@example.fi")?["status"] as? String == "confirmed")
            #expect(row("cecilia@example.fi")?["promotedAt"] is String)
            #expect(row("daniel@example.fi")?["status"] as? String == "waiting")
            #expect(row("daniel@example.fi")?["waitingPosition"] as? Int == 1)
            #expect(row("bertil@example.fi")?["status"] as? String == "cancelled")
            #expect(
                list.compactMap { $0["email"] as? String } == ["aino@example.fi", "cecilia@example.fi", "daniel@example.fi", "bertil@example.fi"])
            #expect(try await f.anonymous.get("/api/v1/registrations/\(cToken)").object["status"] as? String == "confirmed")
            #expect(try await f.anonymous.get("/api/v1/registrations/\(dToken)").object["waitingPosition"] as? Int == 1)

            // The same link pressed again is told it is done; a link tampered with opens nothing.
            let twice = try await f.anonymous.send(.DELETE, "/api/v1/registrations/\(bToken)")
            #expect(twice.status == .conflict)
            #expect(twice.contentType.hasPrefix("application/problem+json"))
            // The same on the private page: the second press says the registration was already cancelled (409), and shows it.
            let page = try await f.anonymous.postForm("/en/registrations/\(bToken)", [])
            #expect(page.status == .conflict)
            #expect(page.body.contains(Language.en.t("registration.alreadyCancelled")))
            #expect(page.body.contains(Language.en.t("registration.statusCancelled")))
            let tampered: String = (aToken.hasPrefix("A") ? "B" : "A") + String(aToken.dropFirst())
            #expect(try await f.anonymous.send(.DELETE, "/api/v1/registrations/\(tampered)").status == .notFound)
            #expect(try await f.anonymous.get("/api/v1/registrations/\(tampered)").status == .notFound)
            #expect(try await f.anonymous.send(.DELETE, "/api/v1/registrations/short").status == .notFound)
            let counts = try await f.eventJSON(event)
            #expect(counts["confirmed"] as? Int == 2 && counts["waiting"] as? Int == 1)

            // The outbox: a place for Aino and Bertil (with their private link), the waiting list for Cecilia and Daniel
            // (with their position), then the place for Cecilia. Bertil's cancelling sends nothing; Daniel moving up neither.
            let mails = try await OutboxMail.query(on: app.db).sort(\.$id).all()
            func sent(to email: String) -> [OutboxMail] { mails.filter { $0.recipient == email } }
            #expect(mails.count == 5, "\(mails.map(\.recipient))")
            for (email, name, token) in [("aino@example.fi", "Aino Aalto", aToken), ("bertil@example.fi", "Bertil Berg", bToken)] {
                let theirs = sent(to: email)
                #expect(theirs.count == 1, "\(email)")
                #expect(EventFixture.reads(theirs.first?.body ?? "", as: "mail.registration.confirmed", ["name": name, "event": title]), "\(email)")
                #expect(theirs.first?.body.contains("/registrations/\(token)") == true, "\(email): the private link")
                #expect(theirs.first?.subject.contains(title) == true)
            }
            let cecilia = sent(to: "cecilia@example.fi")
            #expect(cecilia.count == 2)
            #expect(
                EventFixture.reads(
                    cecilia.first?.body ?? "", as: "mail.registration.waiting", ["name": "Cecilia Castrén", "event": title, "position": "1"]))
            #expect(cecilia.first?.body.contains("/registrations/\(cToken)") == true)
            #expect(EventFixture.reads(cecilia.last?.body ?? "", as: "mail.registration.promoted", ["name": "Cecilia Castrén", "event": title]))
            #expect(cecilia.last?.subject.hasSuffix(Language.fi.t("registrationStatus.confirmed")) == true)
            let daniel = sent(to: "daniel@example.fi")
            #expect(daniel.count == 1)
            #expect(
                EventFixture.reads(
                    daniel.first?.body ?? "", as: "mail.registration.waiting", ["name": "Daniel Dahl", "event": title, "position": "2"]))
            #expect(daniel.first?.subject.hasSuffix(Language.fi.t("registrationStatus.waiting")) == true)
            #expect(sent(to: "bertil@example.fi").count == 1)
        }
    }

    @Test("Bad registrations are named field by field")
    func badRegistration() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let event = try await f.openEvent(capacity: 5)
            let missing = try await f.anonymous.json(.POST, "/api/v1/events/\(event)/registrations", ["organization": "Testi Oy"])
            #expect(missing.status == .unprocessableEntity)
            #expect(EventFixture.fields(missing) == ["name", "email"])
            let badAddress = try await f.register(event, name: "Eero", email: "eero at example")
            #expect(badAddress.status == .unprocessableEntity)
            #expect(EventFixture.fields(badAddress) == ["email"])
            #expect(try await f.registrations(event).isEmpty)
            #expect(try await f.register(987_654, name: "Eero", email: "eero@example.fi").status == .notFound)
        }
    }

    @Test("The public list shows only confirmed people who agreed, without addresses; the organisers see everyone, and the CSV")
    func privacy() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let event = try await f.openEvent(capacity: 2)
            try await f.register(event, name: "Aino Aalto", email: "aino@example.fi", organization: "Tampereen yliopisto", listConsent: true)
            try await f.register(event, name: "Bertil Berg", email: "bertil@example.fi", listConsent: false)
            try await f.register(event, name: "Cecilia Castrén", email: "cecilia@example.fi", listConsent: true)

            let listed = try await f.anonymous.get("/api/v1/events/\(event)/participants")
            #expect(listed.status == .ok)
            #expect(listed.items.compactMap { $0["name"] as? String } == ["Aino Aalto"])
            #expect(listed.items.first?["organization"] as? String == "Tampereen yliopisto")
            #expect(!listed.body.contains("@"), "\(listed.body)")
            #expect(listed.items.allSatisfy { $0["email"] == nil })

            #expect(try await f.anonymous.get("/api/v1/events/\(event)/registrations").status == .unauthorized)
            #expect(try await f.stranger.get("/api/v1/events/\(event)/registrations").status == .forbidden)
            #expect(try await f.otherOrganiser.get("/api/v1/events/\(event)/registrations").status == .forbidden)
            #expect(try await f.stranger.get("/api/v1/events/\(event)/registrations?format=csv").status == .forbidden)
            let all = try await f.registrations(event)
            #expect(all.compactMap { $0["email"] as? String } == ["aino@example.fi", "bertil@example.fi", "cecilia@example.fi"])
            #expect(all.map { $0["listConsent"] as? Bool } == [true, false, true])
            let csv = try await f.organiser.get("/api/v1/events/\(event)/registrations?format=csv")
            #expect(csv.status == .ok)
            #expect(csv.contentType.hasPrefix("text/csv"))
            #expect(csv.body.contains("email"))
            for email in ["aino@example.fi", "bertil@example.fi", "cecilia@example.fi"] { #expect(csv.body.contains(email), "\(email)") }
            #expect(csv.body.contains("waiting"))
        }
    }

    @Test("The organiser marks who came; only someone with a place can have come")
    func attendance() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let event = try await f.openEvent(capacity: 1)
            let came = try #require(try await f.register(event, name: "Aino Aalto", email: "aino@example.fi").object["id"] as? Int)
            let waited = try #require(try await f.register(event, name: "Bertil Berg", email: "bertil@example.fi").object["id"] as? Int)
            let path = "/api/v1/events/\(event)/registrations/\(came)"
            #expect(try await f.anonymous.json(.PATCH, path, ["attended": true]).status == .unauthorized)
            #expect(try await f.stranger.json(.PATCH, path, ["attended": true]).status == .forbidden)
            let missing = try await f.organiser.json(.PATCH, path, [String: Any]())
            #expect(missing.status == .unprocessableEntity)
            #expect(EventFixture.fields(missing) == ["attended"])
            let marked = try await f.organiser.json(.PATCH, path, ["attended": true])
            #expect(marked.status == .ok, "\(marked.body)")
            #expect(marked.object["attended"] as? Bool == true)
            #expect(try await f.organiser.json(.PATCH, "/api/v1/events/\(event)/registrations/\(waited)", ["attended": true]).status == .conflict)
            #expect(try await f.organiser.json(.PATCH, "/api/v1/events/\(event)/registrations/987654", ["attended": true]).status == .notFound)
            let list = try await f.registrations(event)
            #expect(list.map { $0["attended"] as? Bool } == [true, false])
            // Unmarked again.
            #expect(try await f.organiser.json(.PATCH, path, ["attended": false]).object["attended"] as? Bool == false)
        }
    }

    @Test("Registration closed, not yet open, or not taken at all: 409, and nobody is registered")
    func closed() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let closedEarlier = try await f.event([
                "title": ["fi": "Ilmoittautuminen päättyi"], "registrationClosesAt": EventFixture.fromNow(days: 0, hours: -2),
            ])
            let notYet = try await f.event([
                "title": ["fi": "Ilmoittautuminen alkaa myöhemmin"], "registrationOpensAt": EventFixture.fromNow(days: 7),
            ])
            let noRegistration = try await f.event(["title": ["fi": "Vapaa pääsy"], "capacity": NSNull()])
            for event in [closedEarlier, notYet, noRegistration] {
                #expect(try await f.eventJSON(event)["registrationOpen"] as? Bool == false, "\(event)")
                let refused = try await f.register(event, name: "Aino Aalto", email: "aino@example.fi")
                #expect(refused.status == .conflict, "\(event): \(refused.body)")
                #expect(refused.contentType.hasPrefix("application/problem+json"))
                #expect(try await f.registrations(event).isEmpty, "\(event)")
            }
            #expect(try await OutboxMail.query(on: app.db).count() == 0)
            // Opened by the organiser, it takes registrations.
            let opened = try await f.organiser.json(
                .PATCH, "/api/v1/events/\(notYet)", ["registrationOpensAt": EventFixture.fromNow(days: 0, hours: -1)])
            #expect(opened.object["registrationOpen"] as? Bool == true, "\(opened.body)")
            #expect(try await f.register(notYet, name: "Aino Aalto", email: "aino@example.fi").status == .created)
        }
    }

    @Test("Fifty people for ten places at the same moment: exactly ten places and forty waiting, positions 1…40 without gaps or repeats")
    func fiftyAtOnce() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let event = try await f.openEvent(capacity: 10, title: "Suosittu työpaja")
            let receipts = try await withThrowingTaskGroup(of: Receipt.self) { group in
                for index in 1...50 {
                    group.addTask {
                        let email = "osallistuja\(index)@example.fi"
                        return Receipt(email: email, try await EventFixture.register(app, event: event, name: "Osallistuja \(index)", email: email))
                    }
                }
                return try await group.reduce(into: [Receipt]()) { $0.append($1) }
            }
            #expect(receipts.count == 50)
            #expect(receipts.allSatisfy { $0.status == .created }, "\(receipts.filter { $0.status != .created }.map { "\($0.email): \($0.status)" })")
            #expect(receipts.filter { $0.state == "confirmed" }.count == 10)
            #expect(receipts.filter { $0.state == "waiting" }.count == 40)
            #expect(receipts.compactMap(\.waitingPosition).sorted() == Array(1...40))
            #expect(Set(receipts.compactMap(\.token)).count == 50)

            // The organiser's list says the same, person by person.
            let list = try await f.registrations(event)
            #expect(list.count == 50)
            #expect(Set(list.compactMap { $0["email"] as? String }).count == 50)
            #expect(list.filter { $0["status"] as? String == "confirmed" }.count == 10)
            let waiting = list.filter { $0["status"] as? String == "waiting" }
            #expect(waiting.count == 40)
            #expect(waiting.compactMap { $0["waitingPosition"] as? Int } == Array(1...40))
            for receipt in receipts {
                let row = list.first { $0["email"] as? String == receipt.email }
                #expect(row?["status"] as? String == receipt.state, "\(receipt.email)")
                #expect(row?["waitingPosition"] as? Int == receipt.waitingPosition, "\(receipt.email)")
            }
            let counts = try await f.eventJSON(event)
            #expect(counts["confirmed"] as? Int == 10 && counts["waiting"] as? Int == 40)
            // One message each.
            #expect(try await OutboxMail.query(on: app.db).count() == 50)
        }
    }

    @Test("Five registrations with one address at the same moment: one lands, four are told")
    func sameAddressAtOnce() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let event = try await f.openEvent(capacity: 10)
            let receipts = try await withThrowingTaskGroup(of: Receipt.self) { group in
                for index in 1...5 {
                    group.addTask {
                        // The same address, written differently each time.
                        let email = index % 2 == 0 ? "Sama.Osoite@Example.fi" : "sama.osoite@example.fi"
                        return Receipt(email: email, try await EventFixture.register(app, event: event, name: "Sama \(index)", email: email))
                    }
                }
                return try await group.reduce(into: [Receipt]()) { $0.append($1) }
            }
            #expect(receipts.filter { $0.status == .created }.count == 1, "\(receipts.map(\.status))")
            #expect(receipts.filter { $0.status == .conflict }.count == 4, "\(receipts.map(\.status))")
            let list = try await f.registrations(event)
            #expect(list.count == 1)
            #expect(list.first?["email"] as? String == "sama.osoite@example.fi")
            #expect(try await OutboxMail.query(on: app.db).count() == 1)
        }
    }

    @Test("Three cancellations at the same moment with ten places full and five waiting: the first three waiting move up, in order")
    func cancellationsAtOnce() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let title = "Täysi työpaja"
            let event = try await f.openEvent(capacity: 10, title: title)
            var tokens: [String] = []
            for index in 1...15 {
                let reply = try await f.register(event, name: "Henkilö \(index)", email: "henkilo\(index)@example.fi")
                #expect(reply.status == .created)
                tokens.append(try #require(reply.object["token"] as? String))
            }
            let before = try await f.registrations(event)
            #expect(
                before.filter { $0["status"] as? String == "waiting" }.compactMap { $0["email"] as? String }
                    == (11...15).map { "henkilo\($0)@example.fi" })

            let cancelling = Array(tokens.prefix(3))
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for token in cancelling {
                    group.addTask { try await TestClient(app).send(.DELETE, "/api/v1/registrations/\(token)").status }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses == [.ok, .ok, .ok])

            let after = try await f.registrations(event)
            let confirmed = after.filter { $0["status"] as? String == "confirmed" }.compactMap { $0["email"] as? String }
            #expect(confirmed == (4...13).map { "henkilo\($0)@example.fi" })
            let waiting = after.filter { $0["status"] as? String == "waiting" }
            #expect(waiting.compactMap { $0["email"] as? String } == ["henkilo14@example.fi", "henkilo15@example.fi"])
            #expect(waiting.compactMap { $0["waitingPosition"] as? Int } == [1, 2])
            #expect(after.filter { $0["status"] as? String == "cancelled" }.count == 3)
            let counts = try await f.eventJSON(event)
            #expect(counts["confirmed"] as? Int == 10 && counts["waiting"] as? Int == 2)
            // Exactly the three moved up are told of their place.
            let promoted = try await OutboxMail.query(on: app.db).all()
                .filter { mail in EventFixture.reads(mail.body, as: "mail.registration.promoted", ["event": title]) }
            #expect(promoted.map(\.recipient).sorted() == ["henkilo11@example.fi", "henkilo12@example.fi", "henkilo13@example.fi"])
        }
    }
}
