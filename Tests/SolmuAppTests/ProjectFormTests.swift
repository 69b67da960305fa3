import Fluent
import Testing
import Vapor

@testable import SolmuApp

/// The project forms a manager uses, through real page posts (session cookie and CSRF token).
@Suite("Project forms: work packages, implementers, results, corrections")
struct ProjectFormTests {
    /// Signs in a user acting for Iisalmen kaupunki, the lead implementer of the regional towns' project.
    func manager(_ app: Application) async throws -> (TestClient, Int) {
        let iisalmi = try #require(try await Organization.query(on: app.db).filter(\.$name == "Iisalmen kaupunki").first()?.id)
        try await makeUser(app, email: "lead@example.fi", organizationID: iisalmi)
        let client = TestClient(app)
        _ = try await client.signIn(email: "lead@example.fi")
        let project = try #require(
            try await Project.query(on: app.db).filter(\.$nameFi == "Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen").first()?.id)
        return (client, project)
    }

    @Test("A work package is edited with its tasks and their status; a wrong responsible is refused beside the field")
    func workPackage() async throws {
        try await withSolmu(demoData: true) { app in
            let (client, project) = try await manager(app)
            let wp1 = try #require(try await WorkPackage.query(on: app.db).filter(\.$project.$id == project).filter(\.$number == 1).first())
            let path = "/fi/projects/\(project)/work-packages/\(try wp1.requireID())/edit"
            let form = try await client.get(path)
            #expect(form.status == .ok)
            #expect(form.inputValue("titleFi") == "Ekosysteemien tilannekuvan muodostaminen")
            let sitra = try #require(try await Organization.query(on: app.db).filter(\.$name == "Sitra").first()?.id)
            let refused = try await client.postForm(
                path,
                [
                    ("number", "1"), ("titleFi", "Tilannekuva"), ("responsibleId", "\(sitra)"),
                    ("items.0.title", "Kartoitus"),
                ], csrfFrom: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("field-responsibleId-error"))
            #expect(refused.inputValue("items.0.title") == "Kartoitus")
            let saved = try await client.postForm(
                path,
                [
                    ("number", "1"), ("titleFi", "Tilannekuva"), ("responsibleId", "\(wp1.$responsible.id ?? 0)"),
                    ("items.0.title", "Kartoitus"), ("items.0.dueOn", "2025-03-31"), ("items.0.status", "done"),
                    ("items.1.title", "Raportti"), ("items.1.kind", "deliverable"),
                ], csrfFrom: form)
            #expect(saved.status == .seeOther)
            let items = try await WorkPackageItem.query(on: app.db).filter(\.$workPackage.$id == wp1.requireID()).sort(\.$position).all()
            #expect(
                items.map { "\($0.title):\($0.kind.rawValue):\($0.status.rawValue):\($0.dueOn ?? "-")" } == [
                    "Kartoitus:task:done:2025-03-31", "Raportti:deliverable:notStarted:-",
                ])
            // The Swedish and English descriptions the form does not show are kept.
            #expect(try await WorkPackage.find(wp1.id, on: app.db)?.descriptionEn?.hasPrefix("The first work package") == true)
            let page = try await client.get("/en/projects/\(project)")
            #expect(page.body.contains("Kartoitus"))
        }
    }

    @Test("An implementer responsible for a work package cannot be removed; another can, through the form")
    func implementers() async throws {
        try await withSolmu(demoData: true) { app in
            let (client, project) = try await manager(app)
            let implementers = try await ProjectImplementer.query(on: app.db).filter(\.$project.$id == project).with(\.$organization).all()
            let savonlinna = try #require(implementers.first { $0.organization.name == "Savonlinnan hankekehitys Oy" })
            let path = "/fi/projects/\(project)/implementers/\(try savonlinna.requireID())/edit"
            let form = try await client.get(path)
            let refused = try await client.postForm(path, [("remove", "1")], csrfFrom: form)
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("error-summary"))
            #expect(try await ProjectImplementer.find(savonlinna.id, on: app.db) != nil)

            let heinola = try #require(implementers.first { $0.organization.name == "Heinolan kaupunki" })
            let heinolaPath = "/fi/projects/\(project)/implementers/\(try heinola.requireID())/edit"
            let budget = try await client.postForm(
                heinolaPath, [("role", "networkPartner"), ("budgetCents", "12 500,50")],
                csrfFrom: try await client.get(heinolaPath))
            #expect(budget.status == .seeOther)
            #expect(try await ProjectImplementer.find(heinola.id, on: app.db)?.budgetCents == 1_250_050)
            let removed = try await client.postForm(heinolaPath, [("remove", "1")], csrfFrom: try await client.get(heinolaPath))
            #expect(removed.status == .seeOther)
            #expect(try await ProjectImplementer.find(heinola.id, on: app.db) == nil)
        }
    }

    @Test("A correction with a stale version comes back with the other change named and nothing overwritten")
    func staleCorrection() async throws {
        try await withSolmu(demoData: true) { app in
            let (client, _) = try await manager(app)
            // A 6Aika project the Iisalmi user leads, with a report on the companies indicator.
            let sixAika = try #require(try await ProgrammeLoader.query(app.db).filter(\.$name == "6Aika").first())
            let api = TestClient(app)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "lead@example.fi").first())
            api.bearer = try await makeToken(app, for: user)
            let created = try await api.json(.POST, "/api/v1/projects", ["name": ["fi": "Korjattava"], "programmeId": sixAika.requireID()])
            let project = try #require((created.object["project"] as? [String: Any])?["id"] as? Int)
            let indicator = try #require(sixAika.sortedIndicators.first?.id)
            let report = try await api.json(
                .POST, "/api/v1/projects/\(project)/reports",
                ["indicatorId": indicator, "periodStart": "2025-01-01", "periodEnd": "2025-06-30", "value": "3"])
            let reportID = try #require(report.object["id"] as? Int)
            let path = "/fi/projects/\(project)/reports/\(reportID)/edit"
            let form = try await client.get(path)
            #expect(form.inputValue("version") == "1")
            // Someone else corrects it first.
            #expect(try await api.json(.PATCH, "/api/v1/projects/\(project)/reports/\(reportID)", ["value": "4", "version": 1]).status == .ok)
            let stale = try await client.postForm(
                path, [("periodStart", "2025-01-01"), ("periodEnd", "2025-06-30"), ("value", "5"), ("version", "1")], csrfFrom: form)
            #expect(stale.status == .conflict)
            #expect(stale.inputValue("value") == "5")
            #expect(stale.inputValue("version") == "2")
            #expect(stale.body.contains("error-summary"))
            #expect(try await IndicatorReport.find(reportID, on: app.db)?.value == 4_000)
            let retried = try await client.postForm(
                path, [("periodStart", "2025-01-01"), ("periodEnd", "2025-06-30"), ("value", "5"), ("version", "2")], csrfFrom: form)
            #expect(retried.status == .seeOther)
            #expect(try await IndicatorReport.find(reportID, on: app.db)?.value == 5_000)
        }
    }

    @Test("Projects link their implementers in the collaboration graph, and an organisation's page lists its projects")
    func graphAndOrganizationPage() async throws {
        try await withSolmu(demoData: true) { app in
            let sitra = try #require(try await Organization.query(on: app.db).filter(\.$name == "Sitra").first()?.id)
            let helsinki = try #require(try await Organization.query(on: app.db).filter(\.$name == "Helsingin kaupunki").first()?.id)
            let admin = TestClient(app)
            admin.bearer = try await makeToken(app, for: try await makeUser(app, email: "admin@example.fi", role: .admin))
            let created = try await admin.json(.POST, "/api/v1/projects", ["name": ["fi": "Sitran ja Helsingin hanke"]])
            let project = try #require((created.object["project"] as? [String: Any])?["id"] as? Int)
            for (organization, role) in [(sitra, "lead"), (helsinki, "coImplementer")] {
                #expect(
                    try await admin.json(.POST, "/api/v1/projects/\(project)/implementers", ["organizationId": organization, "role": role]).status
                        == .created)
            }
            let graph = try await CollaborationGraphLoader.around([sitra], on: app.db)
            let names = Set(graph.nodes.map(\.name))
            #expect(names.contains("Helsingin kaupunki"))
            #expect(graph.edges.contains { Set([graph.nodes[$0.a].name, graph.nodes[$0.b].name]) == ["Sitra", "Helsingin kaupunki"] })
            let page = try await TestClient(app).get("/en/organizations/\(sitra)")
            #expect(page.body.contains("Sitran ja Helsingin hanke"))

            // An ecosystem's situational picture lists the projects its actors take part in.
            let iisalmi = try #require(try await Ecosystem.query(on: app.db).filter(\.$name == "Iisalmi").first()?.id)
            let situation = try await TestClient(app).get("/api/v1/ecosystems/\(iisalmi)/situation")
            let projects = situation.object["projects"] as? [[String: Any]] ?? []
            #expect(
                projects.compactMap { ($0["name"] as? [String: Any])?["fi"] as? String } == [
                    "Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen"
                ])
            #expect(try await TestClient(app).get("/en/ecosystems/\(iisalmi)").body.contains("Developing the regional towns"))
        }
    }

    @Test("A coordinator edits an indicator and an instrument; one in use cannot be removed; a reported project keeps its programme")
    func catalogue() async throws {
        try await withSolmu(demoData: true) { app in
            let forum = try #require(try await Organization.query(on: app.db).filter(\.$name == "Forum Virium Helsinki").first()?.id)
            try await makeUser(app, email: "office@example.fi", organizationID: forum)
            let client = TestClient(app)
            _ = try await client.signIn(email: "office@example.fi")
            let sixAika = try #require(try await ProgrammeLoader.query(app.db).filter(\.$name == "6Aika").first())
            let programme = try sixAika.requireID()
            let indicator = try #require(sixAika.sortedIndicators.first)
            let path = "/en/programmes/\(programme)/indicators/\(try indicator.requireID())/edit"
            let form = try await client.get(path)
            #expect(form.inputValue("nameEn") == "Companies taking part in projects")
            let saved = try await client.postForm(
                path,
                [
                    ("code", indicator.code), ("nameFi", indicator.nameFi), ("nameEn", "Companies involved"),
                    ("unit", "companies"), ("aggregation", "sum"),
                ], csrfFrom: form)
            #expect(saved.status == .seeOther)
            #expect(try await Indicator.find(indicator.id, on: app.db)?.nameEn == "Companies involved")

            // A project reports against it: now it cannot be removed, and the project cannot leave the programme.
            let api = TestClient(app)
            api.bearer = try await makeToken(app, for: try #require(try await User.query(on: app.db).filter(\.$email == "office@example.fi").first()))
            let created = try await api.json(.POST, "/api/v1/projects", ["name": ["fi": "Raportoiva"], "programmeId": programme])
            let project = try #require((created.object["project"] as? [String: Any])?["id"] as? Int)
            #expect(
                try await api.json(
                    .POST, "/api/v1/projects/\(project)/reports",
                    ["indicatorId": try indicator.requireID(), "periodStart": "2025-01-01", "periodEnd": "2025-01-31", "value": "1"]
                ).status == .created)
            let refused = try await client.postForm(path, [("remove", "1")], csrfFrom: try await client.get(path))
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("error-summary"))
            #expect(refused.inputValue("code") == indicator.code)
            #expect(try await Indicator.find(indicator.id, on: app.db) != nil)
            let moved = try await api.json(.PATCH, "/api/v1/projects/\(project)", ["programmeId": NSNull()])
            #expect(moved.status == .unprocessableEntity)
            #expect(moved.body.contains("\"field\":\"programmeId\""))

            let erdf = try #require(sixAika.instruments.first { $0.code == "ERDF" })
            let instrumentPath = "/en/programmes/\(programme)/instruments/\(try erdf.requireID())/edit"
            let instrumentForm = try await client.get(instrumentPath)
            let budget = try await client.postForm(
                instrumentPath,
                [
                    ("code", "ERDF"), ("nameFi", erdf.nameFi), ("nameEn", erdf.nameEn ?? ""),
                    ("administratorId", "\(erdf.$administrator.id ?? 0)"), ("budgetCents", "1 000 000"),
                ],
                csrfFrom: instrumentForm)
            #expect(budget.status == .seeOther)
            #expect(try await FundingInstrument.find(erdf.id, on: app.db)?.budgetCents == 100_000_000)
        }
    }
}
