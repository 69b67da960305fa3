import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import Testing
import Vapor

@testable import SolmuApp

/// Backup, restore, copy to PostgreSQL, purge, and a person's data exported and erased — on a real database.
@Suite("Operations: backup, restore, copy, purge, a person's data")
struct OperationsTests {
    static func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("solmu-\(name)-\(UUID().uuidString).jsonl").path
    }

    /// The backup's lines without its header (which says when it was made).
    static func body(_ path: String) throws -> [String] {
        Array(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst().map(String.init))
    }

    @Test("backup → change → restore → backup gives the same rows, tables and sequences; the restored database goes on working")
    func roundTrip() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            let event = try await f.openEvent(capacity: 2)
            for index in 0..<3 {
                #expect(
                    try await f.anonymous.json(
                        .POST, "/api/v1/events/\(event)/registrations", ["name": "Osallistuja \(index)", "email": "o\(index)@example.fi"]
                    ).status == .created)
            }
            let first = Self.temporaryFile("backup")
            let second = Self.temporaryFile("backup")
            defer { for path in [first, second] { try? FileManager.default.removeItem(atPath: path) } }
            let admin = TestClient(app)
            admin.bearer = try await makeToken(app, for: try await makeUser(app, email: "admin@example.fi", role: .admin))
            let written = try await Backup.write(app.db, to: first)
            #expect(written.tables > 40)
            #expect(written.rows > 500)

            // Changes after the backup are undone by the restore.
            #expect(try await admin.json(.POST, "/api/v1/organizations", ["name": "Myöhemmin Oy", "type": "company"]).status == .created)
            let doomed = try #require(try await Network.query(on: app.db).filter(\.$name == "SIXNET").first())
            try await NetworkEditor(database: app.db).delete(doomed)

            let restored = try await Restore.read(first, into: app.db)
            #expect(restored.rows == written.rows)
            #expect(restored.tables == written.tables)
            _ = try await Backup.write(app.db, to: second)
            let (before, after) = (try Self.body(first), try Self.body(second))
            let difference = zip(before, after).first { $0 != $1 }
            #expect(
                before.count == after.count && difference == nil,
                "every table compares equal after the round trip; first difference: \(String(describing: difference))")

            #expect(try await Organization.query(on: app.db).filter(\.$name == "Myöhemmin Oy").count() == 0)
            #expect(try await Network.query(on: app.db).filter(\.$name == "SIXNET").count() == 1)
            // Sequences were restored: a new row gets an id after every restored one, and search still finds.
            let highest = try await Organization.query(on: app.db).max(\.$id) ?? 0
            let created = try await TestClient(app).get("/api/v1/organizations?q=hameen")
            #expect(created.total > 0)
            let reply = try await admin.json(.POST, "/api/v1/organizations", ["name": "Palautuksen jälkeen Oy", "type": "company"])
            #expect(reply.status == .created)
            #expect((reply.object["id"] as? Int ?? 0) > highest)
        }
    }

    @Test("A row referring to a row of its own table that comes a batch later (an event's series) restores too")
    func forwardSelfReference() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await EventFixture.make(app)
            var ids: [Int] = []
            for index in 0...Restore.batch { ids.append(try await f.event(["title": ["fi": "Sarjan osa \(index)"]])) }
            let first = try #require(try await Event.query(on: app.db).sort(\.$id).first()?.id)
            let last = try #require(ids.last)
            let sql = app.db as! any SQLDatabase
            try await sql.raw("UPDATE events SET series_id = \(bind: last) WHERE id = \(bind: first)").run()
            let before = Self.temporaryFile("series")
            let after = Self.temporaryFile("series")
            defer { for path in [before, after] { try? FileManager.default.removeItem(atPath: path) } }
            _ = try await Backup.write(app.db, to: before)
            _ = try await Restore.read(before, into: app.db)
            _ = try await Backup.write(app.db, to: after)
            #expect(try Self.body(before) == Self.body(after))
            #expect(
                try await sql.raw("SELECT series_id FROM events WHERE id = \(bind: first)").first()?.decode(column: "series_id", as: Int.self) == last
            )
        }
    }

    @Test("A backup made under other migrations, or cut short, is refused and nothing changes")
    func refusedBackups() async throws {
        try await withSolmu(demoData: true) { app in
            let path = Self.temporaryFile("backup")
            defer { try? FileManager.default.removeItem(atPath: path) }
            _ = try await Backup.write(app.db, to: path)
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            let organizations = try await Organization.query(on: app.db).count()

            let cut = Self.temporaryFile("cut")
            defer { try? FileManager.default.removeItem(atPath: cut) }
            try lines.dropLast(3).joined(separator: "\n").write(toFile: cut, atomically: true, encoding: .utf8)
            await #expect(throws: BackupError.self) { try await Restore.read(cut, into: app.db) }
            #expect(try await Organization.query(on: app.db).count() == organizations, "a failed restore leaves the database as it was")

            lines[0] = lines[0].replacingOccurrences(of: "CreateRateLimitHit", with: "CreateSomethingElse")
            try lines.joined(separator: "\n").write(toFile: cut, atomically: true, encoding: .utf8)
            await #expect(throws: BackupError.self) { try await Restore.read(cut, into: app.db) }
            #expect(try await Organization.query(on: app.db).count() == organizations)
        }
    }

    @Test("solmu copy: a SQLite installation moves to PostgreSQL with every row and sequence; the API answers the same")
    func copyToPostgres() async throws {
        guard let url = TestDatabase.postgresURL else { return }  // runs in the PostgreSQL pass of the suite
        let sqlitePath = FileManager.default.temporaryDirectory.appendingPathComponent("solmu-copy-\(UUID().uuidString).sqlite").path
        let schema = "copy_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(10).lowercased()
        let file = Self.temporaryFile("copy")
        let source = try await Application.make(.testing)
        let target = try await Application.make(.testing)
        defer { for path in [file, sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm"] { try? FileManager.default.removeItem(atPath: path) } }
        do {
            var sourceConfig = Configuration(database: .sqlite(path: sqlitePath), port: 0)
            sourceConfig.anonymousWriteLimit = 0
            try await configure(source, sourceConfig)
            source.logger.logLevel = .warning
            try await source.autoMigrate()
            try await DemoData.load(on: source.db)
            let f = try await EventFixture.make(source)
            let event = try await f.openEvent(capacity: 1)
            for index in 0..<2 {
                #expect(
                    try await f.anonymous.json(
                        .POST, "/api/v1/events/\(event)/registrations", ["name": "Kopio \(index)", "email": "k\(index)@example.fi"]
                    ).status == .created)
            }
            let written = try await Backup.write(source.db, to: file)

            try await configure(target, Configuration(database: .postgres(url: url, searchPath: [schema]), port: 0))
            target.logger.logLevel = .warning
            try await (target.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
            let copied = try await Copy.restore(file, into: .postgres(url: url, searchPath: [schema]), like: target.solmu)
            #expect(copied.rows == written.rows)

            // Every table has the same number of rows.
            let sourceSQL = source.db as! any SQLDatabase
            let targetSQL = target.db as! any SQLDatabase
            for table in try await SchemaCatalog(sql: sourceSQL).tables() {
                let here = try await sourceSQL.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self)
                let there = try await targetSQL.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self)
                #expect(here == there, "\(table): \(here ?? -1) rows in SQLite, \(there ?? -1) in PostgreSQL")
            }
            // What a user reads through the API is the same on both.
            let paths = [
                "/api/v1/organizations?limit=100", "/api/v1/people?limit=100", "/api/v1/networks", "/api/v1/programmes",
                "/api/v1/projects?limit=100", "/api/v1/bodies", "/api/v1/events", "/api/v1/roundtable/topics",
                "/api/v1/events/\(event)", "/api/v1/organizations?q=hameen",
            ]
            for path in paths {
                let here = try await TestClient(source).get(path)
                let there = try await TestClient(target).get(path)
                #expect(here.status == .ok && there.status == .ok, "\(path)")
                let difference = Self.difference(Self.normalized(here.json), Self.normalized(there.json), at: path)
                #expect(difference == nil, "\(difference ?? "")")
            }
            // The sequences came along: the next organisation gets a fresh id.
            let highest = try await Organization.query(on: target.db).max(\.$id) ?? 0
            let admin = TestClient(target)
            admin.bearer = try await makeToken(target, for: try await makeUser(target, email: "admin@example.fi", role: .admin))
            let reply = try await admin.json(.POST, "/api/v1/organizations", ["name": "Kopioinnin jälkeen Oy", "type": "company"])
            #expect((reply.object["id"] as? Int ?? 0) > highest)
        } catch {
            Issue.record("\(String(reflecting: error))")
        }
        try? await (target.db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        try? await source.asyncShutdown()
        try? await target.asyncShutdown()
    }

    /// Where two JSON values first differ, or nil.
    static func difference(_ a: NSObject?, _ b: NSObject?, at path: String) -> String? {
        if let a = a as? NSDictionary, let b = b as? NSDictionary {
            for key in Set(a.allKeys.map { "\($0)" }).union(b.allKeys.map { "\($0)" }).sorted() {
                if let found = difference(a[key] as? NSObject, b[key] as? NSObject, at: path + "." + key) { return found }
            }
            return nil
        }
        if let a = a as? NSArray, let b = b as? NSArray {
            guard a.count == b.count else { return "\(path): \(a.count) items in SQLite, \(b.count) in PostgreSQL" }
            for index in 0..<a.count {
                if let found = difference(a[index] as? NSObject, b[index] as? NSObject, at: path + "[\(index)]") { return found }
            }
            return nil
        }
        return a == b ? nil : "\(path): \(a.map { "\($0)" } ?? "nil") in SQLite, \(b.map { "\($0)" } ?? "nil") in PostgreSQL"
    }

    /// JSON with list items in one canonical order, so that two engines' tie-breaking in sorts does not count as a difference.
    static func normalized(_ value: Any?) -> NSObject? {
        switch value {
        case let object as [String: Any]:
            return object.mapValues { normalized($0) ?? NSNull() } as NSDictionary
        case let array as [Any]:
            let items = array.map { normalized($0) ?? NSNull() }
            func key(_ item: Any) -> String {
                (try? JSONSerialization.data(withJSONObject: item, options: [.sortedKeys, .fragmentsAllowed])).map {
                    String(decoding: $0, as: UTF8.self)
                } ?? "\(item)"
            }
            let sorted = items.sorted { key($0) < key($1) }
            return sorted as NSArray
        case let other as NSObject:
            return other
        default:
            return nil
        }
    }

    @Test("Erasing an applicant: the audit trail keeps its lines, with '—' for the name, and still refuses every other change")
    func erasedApplicant() async throws {
        try await withSolmu(demoData: true) { app in
            let f = try await CallFixture.make(app)
            let (call, _) = try await f.openCall()
            let id = try await f.completeDraft(call: call)
            #expect(try await f.applicant.send(.POST, "/api/v1/applications/\(id)/submit").status == .ok)
            let lines = try await ApplicationEvent.query(on: app.db).filter(\.$application.$id == id).count()
            #expect(lines >= 2)
            let summary = try await PersonalDataErasure.erase(email: "applicant@example.fi", on: app.db)
            #expect(summary.account)
            let events = try await ApplicationEvent.query(on: app.db).filter(\.$application.$id == id).all()
            #expect(events.count == lines, "no line of the trail is lost")
            #expect(!events.contains { $0.actorName.contains("Applicant") })
            #expect(events.contains { $0.actorName == PersonalData.erasedName })
            // The guard is back: the trail still refuses updates and deletes.
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE application_events SET actor_name = 'X'").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM application_events").run() }
            #expect(try await ApplicationEvent.query(on: app.db).filter(\.$application.$id == id).count() == lines)
        }
    }

    @Test("/metrics gives Prometheus' text to admins: requests per route pattern with durations, the outbox's depth")
    func metrics() async throws {
        try await withSolmu(demoData: true) { app in
            let visitor = TestClient(app)
            _ = try await visitor.get("/fi/organizations")
            _ = try await visitor.get("/api/v1/organizations/1")
            try await OutboxMail(recipient: "odottaa@example.fi", subject: "S", body: "B", at: Date()).create(on: app.db)
            #expect(try await visitor.get("/metrics").status == .unauthorized)
            let editor = TestClient(app)
            editor.bearer = try await makeToken(app, for: try await makeUser(app, email: "editor@example.fi"))
            #expect(try await editor.get("/metrics").status == .forbidden)
            let admin = TestClient(app)
            admin.bearer = try await makeToken(app, for: try await makeUser(app, email: "admin@example.fi", role: .admin))
            let reply = try await admin.get("/metrics")
            #expect(reply.status == .ok)
            #expect(reply.contentType.hasPrefix("text/plain"))
            #expect(reply.body.contains(#"solmu_http_requests_total{method="GET",route="/:lang/organizations",status="2xx"} 1"#))
            #expect(reply.body.contains(#"solmu_http_requests_total{method="GET",route="/metrics",status="4xx"} 2"#))
            #expect(reply.body.contains(#"solmu_http_request_duration_seconds_bucket{method="GET",route="/api/v1/organizations/:id""#))
            #expect(reply.body.contains("solmu_outbox_waiting_mails 1"))
            #expect(!reply.body.contains("/api/v1/organizations/1\""), "ids do not make series of their own")
        }
    }

    @Test(
        "purge removes expired sessions, old sign-in attempts and counts, delivered mail past retention, and cancelled registrations' personal data after the event"
    )
    func purge() async throws {
        try await withSolmu(demoData: true) { app in
            let user = try await makeUser(app)
            let old = Date().addingTimeInterval(-200 * 86_400)
            try await UserSession(tokenHash: "expired", userID: try user.requireID(), csrfToken: "x", createdAt: old, expiresAt: old).create(
                on: app.db)
            try await SignInAttempt(email: "a@example.fi", address: "192.0.2.1", at: old).create(on: app.db)
            try await RateLimitHit(bucket: "anonymous-write", keyHash: "k", at: old).create(on: app.db)
            let delivered = OutboxMail(recipient: "r@example.fi", subject: "S", body: "B", at: old)
            delivered.sentAt = old
            try await delivered.create(on: app.db)
            try await OutboxMail(recipient: "waiting@example.fi", subject: "S", body: "B", at: old).create(on: app.db)
            // A past event with a cancelled registration.
            let past = try #require(try await Event.query(on: app.db).all().first { $0.isPast(today: HelsinkiTime.day(Date())) })
            let registration = Registration()
            registration.$event.id = try past.requireID()
            registration.createdAt = old
            registration.name = "Peruja"
            registration.email = "peruja@example.fi"
            registration.listConsent = true
            registration.contactConsent = false
            registration.status = .cancelled
            registration.position = 999
            registration.tokenHash = "cancelled"
            registration.attended = false
            registration.language = .fi
            try await registration.create(on: app.db)

            let report = try await Maintenance.purge(app.db, configuration: app.solmu)
            #expect(report.sessions == 1 && report.signInAttempts == 1 && report.rateLimitHits == 1 && report.mails == 1 && report.registrations == 1)
            #expect(try await OutboxMail.query(on: app.db).filter(\.$recipient == "waiting@example.fi").count() == 1, "undelivered mail stays")
            let erased = try #require(try await Registration.find(registration.id, on: app.db))
            #expect(erased.name == PersonalData.erasedName && erased.email == PersonalData.erasedEmail && erased.status == .cancelled)
            #expect(try await Maintenance.purge(app.db, configuration: app.solmu).registrations == 0, "a second purge finds nothing more")
        }
    }

    @Test("A person's data: everything held is exported as JSON; erasing removes or pseudonymises it everywhere, the audit trail keeps a pseudonym")
    func personalData() async throws {
        try await withSolmu(demoData: true) { app in
            let email = "maija.meikalainen@example.fi"
            let f = try await EventFixture.make(app)
            let tampere = try #require(try await Organization.query(on: app.db).filter(\.$name == "Tampereen kaupunki").first()?.id)
            let person = Person()
            person.name = "Maija Meikäläinen"
            person.email = email
            person.phone = "+358401234567"
            person.contactConsent = true
            person.$organization.id = tampere
            try await person.create(on: app.db)
            let user = try await makeUser(app, email: email, organizationID: tampere)
            user.$person.id = person.id
            try await user.save(on: app.db)
            let browser = TestClient(app)
            #expect(try await browser.signIn(email: email).status == .seeOther)
            _ = try await browser.signIn(email: email, password: "wrong")  // a failed sign-in is kept for security
            let event = try await f.openEvent(capacity: 5)
            #expect(
                try await f.anonymous.json(.POST, "/api/v1/events/\(event)/registrations", ["name": "Maija M.", "email": email]).status == .created)

            let export = try await PersonalDataExport.collect(email: email.uppercased(), on: app.db)
            #expect(export.account?.name == user.name)
            #expect(export.account?.activeSessions == 1)
            #expect(export.atlasPeople.map(\.name) == ["Maija Meikäläinen"])
            #expect(export.registrations.count == 1)
            #expect(export.mail.count == 1, "the registration's confirmation")
            #expect(export.failedSignIns.count == 1)

            // The admins' page shows it, downloads it, and erases only when confirmed.
            try await makeUser(app, email: "admin@example.fi", role: .admin)
            let admin = TestClient(app)
            _ = try await admin.signIn(email: "admin@example.fi")
            let page = try await admin.get("/fi/admin/personal-data?email=\(email)")
            #expect(page.status == .ok)
            #expect(page.body.contains(Language.fi.t("personalData.count.registrations", ["count": "1"])))
            let download = try await admin.get("/fi/admin/personal-data/export?email=\(email)")
            #expect(download.contentType.hasPrefix("application/json"))
            #expect(download.body.contains("Maija Meikäläinen") && download.body.contains("+358401234567"))
            #expect(try await admin.postForm("/fi/admin/personal-data/erase", [("email", email)], csrfFrom: page).status == .unprocessableEntity)
            #expect(try await browser.get("/fi/admin/personal-data").status == .forbidden)
            #expect(try await TestClient(app).get("/fi/admin/personal-data").status == .seeOther)
            let erased = try await admin.postForm("/fi/admin/personal-data/erase", [("email", email), ("confirm", "on")], csrfFrom: page)
            #expect(erased.status == .ok)

            let after = try await PersonalDataExport.collect(email: email, on: app.db)
            #expect(after.isEmpty)
            #expect(try await UserSession.query(on: app.db).filter(\.$user.$id == user.requireID()).count() == 0)
            #expect(try await browser.get("/fi/organizations/new").status == .seeOther, "the erased person's session no longer signs in")
            let pseudonym = try #require(try await User.find(user.id, on: app.db))
            #expect(pseudonym.name == PersonalData.erasedName && !pseudonym.email.contains("maija"))
            let entry = try #require(try await Person.find(person.id, on: app.db))
            #expect(entry.name == PersonalData.erasedName && entry.email == nil && entry.phone == nil)
            #expect(try await Registration.query(on: app.db).filter(\.$event.$id == event).first()?.name == PersonalData.erasedName)
            #expect(try await OutboxMail.query(on: app.db).filter(\.$recipient == email).count() == 0)
        }
    }
}
