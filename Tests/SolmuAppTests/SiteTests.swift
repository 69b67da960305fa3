import Fluent
import Testing
import Vapor

@testable import SolmuApp

/// The site as a newcomer meets it: a front page that starts them off, one search for everything, the list of
/// governing bodies, the design system's page, and the notice a page shows after a save.
@Suite("Front page, one search, bodies, design system")
struct SiteTests {
    @Test("The front page shows the open call, the coming events, networks and programmes")
    func frontPage() async throws {
        try await withSolmu(demoData: true) { app in
            let page = try await TestClient(app).get("/fi")
            #expect(page.status == .ok)
            let call = try #require(try await Call.query(on: app.db).filter(\.$published == true).first())
            #expect(page.body.contains("href=\"/fi/calls/\(try call.requireID())\""))
            #expect(page.body.contains("Avoimet haut") && page.body.contains("Haku auki"))
            // The seminar and the webinar have no date yet: they are coming, said to be unscheduled; past roadshows are not.
            #expect(page.body.contains("Seutukaupunkien innovaatioekosysteemiverkoston seminaari"))
            #expect(page.body.contains("Seutukaupunkien innovaatioekosysteemiverkoston webinaari"))
            #expect(!page.body.contains("SIXNET-roadshow Seinäjoella"))
            #expect(page.body.contains(">SIXNET</a>") && page.body.contains(">6Aika</a>"))
            // The brand once in the title.
            #expect(page.body.contains("<title>Solmu – Innovaatioekosysteemien ja kaupunkiyhteistyön yhteinen palvelu</title>"))
        }
    }

    @Test("Search folds Finnish letters and finds the municipality, the roadshow stop and the workshop")
    func search() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let page = try await client.get("/fi/search?q=hameenlinna")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/fi/municipalities/109\">Hämeenlinna</a>"))
            #expect(page.body.contains(">SIXNET-roadshow Hämeenlinnassa</a>"))
            #expect(page.body.contains(">SIXNETin ensimmäinen yhteiskehittämistyöpaja</a>"))
            #expect(page.body.contains("Kunnat (1)") && page.body.contains("Tapahtumat (2)"))

            let api = try await client.get("/api/v1/search?q=hameenlinna&lang=sv")
            #expect(api.status == .ok)
            let root = try #require(api.json as? [String: Any])
            let groups = try #require(root["groups"] as? [[String: Any]])
            #expect(groups.map { $0["kind"] as? String } == ["municipality", "network", "event"])
            let place = try #require((groups.first?["items"] as? [[String: Any]])?.first)
            #expect(place["title"] as? String == "Tavastehus" && place["detail"] as? String == "Egentliga Tavastland")
            let events = try #require(groups.last?["items"] as? [[String: Any]])
            #expect(events.contains { ($0["url"] as? String)?.hasPrefix("/sv/events/") == true })
            #expect(try await client.get("/api/v1/search?q=hameenlinna&kind=event").json.flatMap { ($0 as? [String: Any])?["total"] as? Int } == 2)
        }
    }

    @Test("The atlas's search that finds no organisation shows what the words find elsewhere, and no CSV of nothing")
    func atlasElsewhere() async throws {
        try await withSolmu(demoData: true) { app in
            let page = try await TestClient(app).get("/fi/organizations?q=hameenlinna")
            #expect(page.body.contains("href=\"/fi/municipalities/109\">Hämeenlinna</a>"))
            #expect(page.body.contains(">SIXNET-roadshow Hämeenlinnassa</a>"))
            #expect(page.body.contains("href=\"/fi/search?q=hameenlinna\""))
            #expect(!page.body.contains("format=csv"))
        }
    }

    @Test("Nothing found offers near spellings; bad queries are told what is wrong")
    func nothingFound() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            let page = try await client.get("/fi/search?q=hamenlinna")
            #expect(page.body.contains("Haulla ”hamenlinna” ei löytynyt mitään."))
            #expect(page.body.contains("href=\"/fi/search?q=hameenlinna\""))
            let api = try #require(try await client.get("/api/v1/search?q=hamenlinna").json as? [String: Any])
            #expect(api["suggestions"] as? [String] == ["hameenlinna"])
            #expect(try await client.get("/api/v1/search").status == .unprocessableEntity)
            #expect(try await client.get("/api/v1/search?q=x&kind=planet").status == .unprocessableEntity)
            // A hostile query is text on the page, in the box and in the message.
            let hostile = try await client.get("/fi/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E")
            #expect(hostile.status == .ok && !hostile.body.contains("<script>alert(1)"))
        }
    }

    @Test("Governing bodies have a list page, grouped by programme", arguments: Language.allCases)
    func bodies(language: Language) async throws {
        try await withSolmu(demoData: true) { app in
            let page = try await TestClient(app).get("/\(language.rawValue)/bodies")
            #expect(page.status == .ok)
            for body in try await GoverningBody.query(on: app.db).all() {
                #expect(page.body.contains("href=\"/\(language.rawValue)/bodies/\(try body.requireID())\""))
            }
        }
    }

    @Test("The design page shows every component", arguments: Language.allCases)
    func design(language: Language) async throws {
        try await withSolmu { app in
            let page = try await TestClient(app).get("/\(language.rawValue)/design")
            #expect(page.status == .ok)
            for component in [
                "swatches", "button--danger", "notice--success", "breadcrumbs", "tag--ended", "card", "field--error",
                "type=\"radio\"", "table-scroll", "bar-chart", "pagination", "empty-state",
            ] {
                #expect(page.body.contains(component), "\(component) on the design page")
            }
            // The colours are the stylesheet's own, read from it.
            #expect(page.body.contains("<code>--color-brand</code><br/>#0b4f6c"))
            #expect(DesignTokens.colours.count >= 12 && DesignTokens.typeScale.first?.name == "--text-2xl")
        }
    }

    @Test("Only known notices are shown; anything else in the parameter is ignored")
    func notices() async throws {
        try await withSolmu { app in
            let client = TestClient(app)
            #expect(try await client.get("/sv/regions?notice=removed").body.contains("<p>Borttaget.</p>"))
            let other = try await client.get("/fi/regions?notice=%3Cb%3Ehi")
            #expect(!other.body.contains("notice--success") && !other.body.contains("<b>hi"))
            // The language switch does not carry the notice to the other language.
            #expect(try await client.get("/fi/regions?notice=saved").body.contains("href=\"/sv/regions\""))
        }
    }
}
