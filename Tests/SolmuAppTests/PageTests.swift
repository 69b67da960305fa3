import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("Pages: languages, atlas, regions, required pages")
struct PageTests {
    @Test("/ picks the language from Accept-Language")
    func rootRedirect() async throws {
        try await withSolmu { app in
            let client = TestClient(app)
            let swedish = try await client.get("/", headers: ["Accept-Language": "sv-FI,sv;q=0.9"])
            let english = try await client.get("/", headers: ["Accept-Language": "en-GB"])
            let finnish = try await client.get("/")
            #expect(swedish.location == "/sv")
            #expect(english.location == "/en")
            #expect(finnish.location == "/fi")
        }
    }

    @Test(
        "Every page has <html lang>, a skip link, the language switch to the same page, and the required footer links",
        arguments: Language.allCases)
    func shell(language: Language) async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let id = try #require(try await Organization.query(on: app.db).filter(\.$name == "Business Tampere").first()?.id)
            for path in [
                "", "/organizations?q=tampere", "/organizations/\(id)", "/regions", "/regions/06", "/municipalities/091",
                "/sign-in", "/accessibility", "/privacy", "/api",
            ] {
                let page = try await client.get("/\(language.rawValue)\(path)")
                #expect(page.status == .ok, "\(path)")
                #expect(page.body.hasPrefix("<!DOCTYPE html><html lang=\"\(language.rawValue)\">"), "\(path)")
                #expect(page.body.contains("href=\"#main\""))
                for other in Language.allCases where other != language {
                    let expected = "/\(other.rawValue)\(path)".replacingOccurrences(of: "&", with: "&amp;")
                    #expect(page.body.contains("href=\"\(expected)\""), "switch to \(other) on \(path)")
                }
                #expect(page.body.contains("href=\"/\(language.rawValue)/accessibility\""))
                #expect(page.body.contains("href=\"/\(language.rawValue)/privacy\""))
                #expect(page.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(page.headers.first(name: "Referrer-Policy") != nil)
                #expect(!page.body.contains("<script"), "no inline scripts")
            }
        }
    }

    @Test("Search page: results, counts in the page's language, paging links keep the filters")
    func searchPage() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let page = try await client.get("/sv/organizations?q=tampere")
            #expect(page.body.contains("Business Tampere"))
            #expect(page.body.contains("Tampereen kaupunki"))
            #expect(page.body.contains(Translations.text("atlas.search.title", .sv)))
            let all = try await client.get("/fi/organizations?type=municipality")
            #expect(!all.body.contains("Business Tampere"))
            let paged = try await client.get("/fi/organizations")
            #expect(paged.body.contains("href=\"/fi/organizations?page=2\""))
            #expect(paged.body.contains("/api/v1/organizations?format=csv"))
            #expect(try await client.get("/fi/organizations?page=2").body.contains("aria-current=\"page\""))
        }
    }

    @Test("Organisation page: description in the page's language, fallback marked with its language")
    func organizationPage() async throws {
        try await withSolmu { app in
            let editor = OrganizationEditor(database: app.db)
            var input = OrganizationInput()
            input.name = "Kuvaus Oy"
            input.type = "company"
            input.businessId = "0211675-2"
            input.municipalityCode = "837"
            input.description = LocalizedText(fi: "Suomeksi kerrottu.")
            input.competences = ["software"]
            let organization = Organization()
            try await editor.save(try await editor.check(input), into: organization)
            let id = try organization.requireID()
            let client = TestClient(app)
            let finnish = try await client.get("/fi/organizations/\(id)")
            #expect(finnish.body.contains("<p>Suomeksi kerrottu.</p>"))
            #expect(finnish.body.contains("0211675-2"))
            #expect(finnish.body.contains("href=\"/fi/municipalities/837\""))
            #expect(finnish.body.contains("href=\"/fi/regions/06\""))
            #expect(finnish.body.contains("Ohjelmistot"))
            let english = try await client.get("/en/organizations/\(id)")
            #expect(english.body.contains("<p lang=\"fi\">Suomeksi kerrottu.</p>"))
            #expect(english.body.contains("Software"))
            #expect(try await client.get("/fi/organizations/999999").status == .notFound)
            #expect(try await client.get("/xx/organizations").status == .notFound)
        }
    }

    @Test("Regions page: map and table of 19 regions; a bilingual municipality shows both names")
    func regions() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let page = try await client.get("/fi/regions")
            #expect(page.body.components(separatedBy: "<path class=\"map__area").count - 1 == 19)
            #expect(page.body.contains("href=\"/fi/regions/06\""))
            let region = try await client.get("/sv/regions/06")
            #expect(region.body.contains("Birkaland"))
            #expect(region.body.contains("Tammerfors"))
            let helsinki = try await client.get("/sv/municipalities/091")
            #expect(helsinki.body.contains("Helsingfors (Helsinki)"))
            #expect(helsinki.body.contains("Helsingin kaupunki"))
        }
    }

    @Test("Static files are served")
    func staticFiles() async throws {
        try await withSolmu { app in
            let css = try await TestClient(app).get("/static/solmu.css")
            #expect(css.status == .ok)
            #expect(css.body.contains(":focus-visible"))
        }
    }
}
