import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("Networks: members, roles, permissions, map")
struct NetworkTests {
    func organizationID(_ app: Application, _ name: String) async throws -> Int {
        try #require(try await Organization.query(on: app.db).filter(\.$name == name).first()?.id)
    }

    func networkID(_ app: Application, _ name: String) async throws -> Int {
        try #require(try await Network.query(on: app.db).filter(\.$name == name).first()?.id)
    }

    @Test("The demo has the four networks of the seeds with their members and roles")
    func demo() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let list = try await client.get("/api/v1/networks")
            #expect(
                Set(list.items.compactMap { $0["name"] as? String }) == [
                    "SIXNET", "Seutukaupunkien innovaatioekosysteemiverkosto", "Pirkanmaan startup-allianssi", "6Aika",
                ])
            let towns = try await networkID(app, "Seutukaupunkien innovaatioekosysteemiverkosto")
            let members = try await client.get("/api/v1/networks/\(towns)/members")
            #expect(members.total == 9)
            #expect(members.items.first?["organizationName"] as? String == "Iisalmen kaupunki")
            #expect(members.items.first?["role"] as? String == "mainImplementer")
            #expect(members.items.filter { $0["role"] as? String == "coImplementer" }.count == 3)
            #expect(members.items.filter { $0["role"] as? String == "partner" }.count == 5)

            let sixnet = try await networkID(app, "SIXNET")
            let sixnetJSON = try await client.get("/api/v1/networks/\(sixnet)")
            #expect(sixnetJSON.object["startsOn"] as? String == "2022")
            #expect(Set(sixnetJSON.object["localities"] as? [String] ?? []) == ["837", "109", "179", "564", "743"])
            let alliance = try await client.get("/api/v1/networks/\(try await networkID(app, "Pirkanmaan startup-allianssi"))")
            #expect(alliance.object["memberCount"] as? Int == 6)

            let page = try await client.get("/fi/networks/\(sixnet)")
            #expect(page.body.contains("Business Tampere"))
            #expect(page.body.contains("Suvi Hentilä"))
            #expect(page.body.contains("Koordinaattori"))
            #expect(page.body.contains("class=\"map__marker map__marker--member\""))
            #expect(page.body.components(separatedBy: "<circle class=\"map__marker").count - 1 == 5)

            let csv = try await client.get("/api/v1/networks/\(towns)/members?format=csv")
            #expect(csv.body.hasPrefix("\u{FEFF}id,network_id,organization_id,organization_name,role"))
            #expect(csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 10)
        }
    }

    @Test("Who may start and keep a network: admins, and users acting for its coordinator")
    func permissions() async throws {
        try await withSolmu(demoData: true) { app in
            let sixnet = try await networkID(app, "SIXNET")
            let plain = TestClient(app)
            plain.bearer = try await makeToken(app, for: try await makeUser(app, email: "plain@example.fi"))
            #expect(try await plain.json(.POST, "/api/v1/networks", ["name": "Uusi", "kind": "network"]).status == .forbidden)
            #expect(try await plain.json(.PATCH, "/api/v1/networks/\(sixnet)", ["name": "X"]).status == .forbidden)
            #expect(try await TestClient(app).json(.PATCH, "/api/v1/networks/\(sixnet)", ["name": "X"]).status == .unauthorized)

            let tampere = TestClient(app)
            let businessTampere = try await organizationID(app, "Business Tampere")
            tampere.bearer = try await makeToken(app, for: try await makeUser(app, email: "bt@example.fi", organizationID: businessTampere))
            let renamed = try await tampere.json(.PATCH, "/api/v1/networks/\(sixnet)", ["website": "sixnet.example.fi"])
            #expect(renamed.status == .ok)
            #expect(renamed.object["website"] as? String == "https://sixnet.example.fi")
            #expect(renamed.object["startsOn"] as? String == "2022")

            let iisalmi = TestClient(app)
            iisalmi.bearer = try await makeToken(
                app, for: try await makeUser(app, email: "iisalmi@example.fi", organizationID: try await organizationID(app, "Iisalmen kaupunki")))
            #expect(try await iisalmi.json(.PATCH, "/api/v1/networks/\(sixnet)", ["name": "X"]).status == .forbidden)
            let created = try await iisalmi.json(.POST, "/api/v1/networks", ["name": "Ylä-Savon verkosto", "kind": "network", "localities": ["140"]])
            #expect(created.status == .created)
            let newID = try #require(created.object["id"] as? Int)
            let members = try await iisalmi.get("/api/v1/networks/\(newID)/members")
            #expect(members.items.map { $0["role"] as? String } == ["coordinator"])
            #expect(try await iisalmi.send(.DELETE, "/api/v1/networks/\(newID)").status == .noContent)
            #expect(try await iisalmi.get("/api/v1/networks/\(newID)").status == .notFound)
            #expect(try await NetworkMember.query(on: app.db).filter(\.$network.$id == newID).count() == 0)
        }
    }

    @Test("Bad input is named field by field and nothing is saved")
    func badInput() async throws {
        try await withSolmu(demoData: true) { app in
            let admin = TestClient(app)
            admin.bearer = try await makeToken(app, for: try await makeUser(app, email: "admin@example.fi", role: .admin))
            let bad = try await admin.json(
                .POST, "/api/v1/networks",
                [
                    "name": "", "kind": "club", "startsOn": "2023-02", "endsOn": "2022-13", "themes": ["x"], "localities": ["999"],
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(
                Set((bad.object["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] }) == [
                    "name", "kind", "endsOn", "themes", "localities",
                ])
            let backwards = try await admin.json(
                .POST, "/api/v1/networks", ["name": "Taaksepäin", "kind": "network", "startsOn": "2023-02", "endsOn": "2022"])
            #expect((backwards.object["errors"] as? [[String: String]])?.first?["field"] == "endsOn")
            let sameYear = try await admin.json(
                .POST, "/api/v1/networks", ["name": "Samana vuonna", "kind": "network", "startsOn": "2023-02", "endsOn": "2023"])
            #expect(sameYear.status == .created)
            #expect(try await admin.json(.POST, "/api/v1/networks", ["name": "SIXNET", "kind": "network"]).status == .unprocessableEntity)

            let sixnet = try await networkID(app, "SIXNET")
            let businessTampere = try await organizationID(app, "Business Tampere")
            let iisalmi = try await organizationID(app, "Iisalmen kaupunki")
            let jukka = try #require(try await Person.query(on: app.db).filter(\.$name == "Jukka Ryhänen").first()?.id)
            let twice = try await admin.json(.POST, "/api/v1/networks/\(sixnet)/members", ["organizationId": businessTampere, "role": "member"])
            #expect(twice.status == .unprocessableEntity)
            #expect((twice.object["errors"] as? [[String: String]])?.first?["field"] == "organizationId")
            let role = try await admin.json(.POST, "/api/v1/networks/\(sixnet)/members", ["organizationId": iisalmi, "role": "boss"])
            #expect((role.object["errors"] as? [[String: String]])?.first?["field"] == "role")
            let otherContact = try await admin.json(
                .POST, "/api/v1/networks/\(sixnet)/members",
                ["organizationId": businessTampere + 100_000, "role": "member", "contactPersonId": jukka])
            #expect(
                Set((otherContact.object["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] }) == ["organizationId", "contactPersonId"])
            #expect(try await NetworkMember.query(on: app.db).filter(\.$network.$id == sixnet).count() == 1)

            let added = try await admin.json(
                .POST, "/api/v1/networks/\(sixnet)/members",
                ["organizationId": iisalmi, "role": "partner", "contactPersonId": jukka, "startsOn": "2022-09"])
            #expect(added.status == .created)
            let memberID = try #require(added.object["id"] as? Int)
            let patched = try await admin.json(.PATCH, "/api/v1/networks/\(sixnet)/members/\(memberID)", ["role": "member"])
            #expect(patched.object["role"] as? String == "member")
            #expect(patched.object["contactPersonId"] as? Int == jukka)
            #expect(patched.object["startsOn"] as? String == "2022-09")
            #expect(try await admin.send(.DELETE, "/api/v1/networks/\(sixnet)/members/\(memberID)").status == .noContent)
            #expect(try await admin.send(.DELETE, "/api/v1/networks/\(sixnet)/members/\(memberID)").status == .notFound)
        }
    }

    @Test("A locality without coordinates (Tuusula) is listed but not drawn, and does not break the map")
    func mapWithoutCoordinates() async throws {
        try await withSolmu(demoData: true) { app in
            let admin = TestClient(app)
            admin.bearer = try await makeToken(app, for: try await makeUser(app, email: "admin@example.fi", role: .admin))
            let created = try await admin.json(
                .POST, "/api/v1/networks", ["name": "Keski-Uusimaa", "kind": "network", "localities": ["858", "245"]])
            let id = try #require(created.object["id"] as? Int)
            let page = try await TestClient(app).get("/fi/networks/\(id)")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/fi/municipalities/858\""))
            #expect(page.body.contains("Tuusula"))
            #expect(page.body.components(separatedBy: "<circle class=\"map__marker").count - 1 == 1)
        }
    }

    @Test("A coordinator adds a member through the form; adding it twice is explained next to the field")
    func memberForm() async throws {
        try await withSolmu(demoData: true) { app in
            let sixnet = try await networkID(app, "SIXNET")
            try await makeUser(app, email: "bt@example.fi", organizationID: try await organizationID(app, "Business Tampere"))
            let client = TestClient(app)
            _ = try await client.signIn(email: "bt@example.fi")
            let network = try await client.get("/fi/networks/\(sixnet)")
            #expect(network.body.contains("href=\"/fi/networks/\(sixnet)/members/new\""))
            let form = try await client.get("/fi/networks/\(sixnet)/members/new")
            let oulu = try await organizationID(app, "BusinessOulu")
            let added = try await client.postForm(
                "/fi/networks/\(sixnet)/members/new", [("organizationId", "\(oulu)"), ("role", "partner"), ("startsOn", "2023")], csrfFrom: form)
            #expect(added.location == "/fi/networks/\(sixnet)")
            let again = try await client.postForm(
                "/fi/networks/\(sixnet)/members/new", [("organizationId", "\(oulu)"), ("role", "member"), ("startsOn", "huomenna")], csrfFrom: form)
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.contains("id=\"field-startsOn-error\""))
            #expect(again.inputValue("startsOn") == "huomenna")
            let members = try await NetworkMember.query(on: app.db).filter(\.$network.$id == sixnet).all()
            #expect(members.count == 2)
            #expect(members.first { $0.$organization.id == oulu }?.startsOn == "2023")
        }
    }

    @Test(
        "Partial dates: parsed, compared by what they can mean, written per language",
        arguments: [
            ("2022", "2022"), ("2022-06", "2022-06"), ("2022-06-15", "2022-06-15"), (" 2024-02-29 ", "2024-02-29"),
        ])
    func partialDates(input: String, text: String) {
        #expect(PartialDate(input)?.text == text)
    }

    @Test("Nonsense is not a date", arguments: ["22", "2022-6", "2022-13", "2023-02-29", "2022/06", "huomenna", ""])
    func badDates(input: String) {
        #expect(PartialDate(input) == nil)
    }

    @Test("Periods and formatting")
    func periods() throws {
        let start = try #require(PartialDate("2023-02")), sameYear = try #require(PartialDate("2023")),
            before = try #require(PartialDate("2022-12-31"))
        #expect(!PartialDate.endsBeforeStart(start: start, end: sameYear))
        #expect(PartialDate.endsBeforeStart(start: start, end: before))
        #expect(try #require(PartialDate("2022-06-15")).formatted(.fi) == "15.6.2022")
        #expect(try #require(PartialDate("2022-06")).formatted(.en) == "June 2022")
        #expect(Formatting.period("2022", nil, .fi) == "2022 alkaen")
    }
}
