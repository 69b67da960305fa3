import Foundation
import Testing

@testable import SolmuApp

@Suite("Phone numbers, languages, formatting, folding")
struct UnitTests {
    @Test(
        "Phone numbers in common forms are stored as +358…",
        arguments: [
            ("040 123 4567", "+358401234567"),
            ("040-1234567", "+358401234567"),
            ("(09) 310 1234", "+358931012 34".replacingOccurrences(of: " ", with: "")),
            ("+358 40 123 4567", "+358401234567"),
            ("+358 (0)40 123 4567", "+358401234567"),
            ("00358 40 123 4567", "+358401234567"),
            ("+46 8 123 456 78", "+46812345678"),
        ])
    func phone(input: String, stored: String) {
        #expect(PersonEditor.normalizePhone(input) == stored)
    }

    @Test("Nonsense is not a phone number", arguments: ["12", "call me", "40 123 4567", "+358 40 12a"])
    func badPhone(input: String) {
        #expect(PersonEditor.normalizePhone(input) == nil)
    }

    @Test("Accept-Language picks the best of fi, sv, en; Finnish by default")
    func acceptLanguage() {
        #expect(Language.preferred(acceptLanguage: "sv-FI,sv;q=0.9,en;q=0.5") == .sv)
        #expect(Language.preferred(acceptLanguage: "de-DE,en;q=0.7,fi;q=0.3") == .en)
        #expect(Language.preferred(acceptLanguage: "de-DE") == .fi)
        #expect(Language.preferred(acceptLanguage: nil) == .fi)
        #expect(Language.preferred(acceptLanguage: "fi;q=0, sv") == .sv)
    }

    @Test("Dates and numbers as each language writes them, in Helsinki time")
    func formatting() throws {
        // 25.11.2026 12:30 UTC is 14.30 in Helsinki (winter time, UTC+2).
        let date = try #require(ISO8601DateFormatter().date(from: "2026-11-25T12:30:00Z"))
        #expect(Formatting.dateTime(date, .fi) == "25.11.2026 klo 14.30")
        #expect(Formatting.dateTime(date, .sv) == "25.11.2026 kl. 14.30")
        #expect(Formatting.dateTime(date, .en) == "25 Nov 2026, 14:30")
        // Summer time: UTC+3.
        let summer = try #require(ISO8601DateFormatter().date(from: "2026-06-01T06:05:00Z"))
        #expect(Formatting.dateTime(summer, .fi) == "1.6.2026 klo 9.05")
        #expect(Formatting.integer(95_000_000) == "95\u{00A0}000\u{00A0}000")
        #expect(Formatting.integer(708) == "708")
    }

    @Test("Search folding removes Finnish letters' marks and case")
    func folding() {
        #expect(SearchFolding.fold("Hämeenlinna ÅBO Öljy") == "hameenlinna abo oljy")
        #expect(SearchFolding.terms("  Hämeen-linna \"oy\" * ") == ["hameen", "linna", "oy"])
    }

    @Test("CSV fields are quoted when needed and formulas are defused")
    func csv() {
        #expect(CSVWriter.line(["a", "b,c", "say \"hi\"", nil]) == "a,\"b,c\",\"say \"\"hi\"\"\",\r\n")
        #expect(CSVWriter.escape("=cmd()") == "'=cmd()")
        #expect(CSVWriter.escape("-5") == "-5")
    }

    @Test("Typed site URLs build the paths the routes register")
    func siteURLs() {
        #expect(SiteURL.organization(42).path(.sv) == "/sv/organizations/42")
        #expect(SiteURL.organizations.path(.fi, query: ["q": "Hämeen linna", "type": nil]) == "/fi/organizations?q=H%C3%A4meen%20linna")
        #expect(SiteURL.organization(0).routePattern.map(\.description) == [":lang", "organizations", ":id"])
        #expect(SiteURL.region("06").routePattern.map(\.description) == [":lang", "regions", ":code"])
        #expect(SiteURL.editMember(3, 7).path(.en) == "/en/networks/3/members/7/edit")
        #expect(SiteURL.editMember(0, 0).routePattern.map(\.description) == [":lang", "networks", ":id", "members", ":memberId", "edit"])
    }
}

@Suite("Counted texts")
struct CountedTextTests {
    @Test("One thing reads in the singular, other counts in the plural, numbers as the language writes them")
    func plural() {
        #expect(Language.en.t("network.memberCount", count: 1) == "1 member")
        #expect(Language.en.t("network.memberCount", count: 0) == "0 members")
        #expect(Language.fi.t("atlas.search.resultCount", count: 1) == "Löytyi 1 organisaatio")
        #expect(Language.fi.t("network.memberCount", count: 12_000) == "12\u{00A0}000 jäsentä")
    }
}

@Suite("Self-assessment arithmetic")
struct SelfAssessmentArithmeticTests {
    @Test("A dimension's score is the mean of its known levels in thousandths; 'don't know' is left out")
    func scores() {
        let results = Scoring.score(
            dimensions: [(1, [10, 11, 12]), (2, [20, 21]), (3, [30])], answers: [10: 4, 11: nil, 12: 1, 20: nil, 21: nil, 30: 3])
        #expect(results.map(\.score) == [2500, nil, 3000])
        #expect(results.map(\.known) == [2, 0, 1])
        #expect(results.map(\.dontKnow) == [1, 2, 0])
        #expect(Scoring.overall(results) == 2750)
        #expect(Scoring.mean(thousandthsOf: [1, 1, 2]) == 1333)
        #expect(Scoring.mean(thousandthsOf: [2, 2, 1]) == 1667)
        #expect(Scoring.text(2450, .fi) == "2,5")
        #expect(Scoring.text(2449, .en) == "2.4")
    }

    @Test("Quartiles of a known set, interpolated between ranks; a platform left out of its own peers")
    func quartiles() {
        #expect(Distribution(scores: [1000, 2000, 3000, 4000]).quartiles == Quartiles(lower: 1750, median: 2500, upper: 3250))
        #expect(Distribution(scores: [0, 1000, 2000, 3000, 4000]).quartiles == Quartiles(lower: 1000, median: 2000, upper: 3000))
        #expect(Distribution(scores: [2500]).quartiles == Quartiles(lower: 2500, median: 2500, upper: 2500))
        #expect(Distribution().quartiles == nil)
        var peers = Distribution(scores: [2000, 2000, 3000, 1000, 4000, 2000])
        #expect(peers.mean == 2333)
        #expect(peers.count(below: 2000) == 1)
        peers.remove(2000)
        #expect(peers.total == 5)
        #expect(peers.quartiles == Quartiles(lower: 2000, median: 2000, upper: 3000))
        // Many equal scores collapse into one count each: 100 000 platforms, a few dozen rows.
        let big = Distribution(counts: [1000: 25_000, 2000: 50_000, 3000: 25_000])
        #expect(big.quartiles == Quartiles(lower: 1750, median: 2000, upper: 2250))
    }
}
