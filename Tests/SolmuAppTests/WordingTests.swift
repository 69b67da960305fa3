import Testing

@testable import SolmuApp

/// Dates and money as Finnish, Swedish and English readers write them — what a person reading a page would check.
@Suite("Wording of dates and money")
struct WordingTests {
    @Test(
        "Partial dates in words",
        arguments: [
            ("2022", "2022", "2022", "2022"),
            ("2022-06", "kesäkuu 2022", "juni 2022", "June 2022"),
            ("2022-12-early", "joulukuun alku 2022", "början av december 2022", "early December 2022"),
            ("2023-02-mid", "helmikuun puoliväli 2023", "mitten av februari 2023", "mid-February 2023"),
            ("2023-10-late", "lokakuun loppu 2023", "slutet av oktober 2023", "late October 2023"),
            ("2022-06-15", "15.6.2022", "15.6.2022", "15 Jun 2022"),
        ])
    func partialDates(raw: String, fi: String, sv: String, en: String) throws {
        let date = try #require(PartialDate(raw))
        #expect(date.text == raw)
        #expect(date.formatted(.fi) == fi)
        #expect(date.formatted(.sv) == sv)
        #expect(date.formatted(.en) == en)
    }

    @Test("A part of a month sorts and compares inside its month; nonsense parts are not dates")
    func partsOfMonths() throws {
        let early = try #require(PartialDate("2022-12-early")), late = try #require(PartialDate("2022-12-late"))
        #expect(early < late)
        #expect(try #require(PartialDate("2022-12-05")) < late)
        #expect(!PartialDate.endsBeforeStart(start: early, end: try #require(PartialDate("2022-12-10"))))
        #expect(PartialDate.endsBeforeStart(start: late, end: try #require(PartialDate("2022-12-10"))))
        #expect(!early.isDay)
        #expect(PartialDate("2022-12-alku") == nil)
        #expect(PartialDate("2022-early") == nil)
    }

    @Test("Spans: days of one month share it; spans in words take spaces round the dash")
    func spans() throws {
        let (a, b) = (try #require(PartialDate("2022-09-21")), try #require(PartialDate("2022-09-22")))
        #expect(PartialDate.range(a, b, .fi) == "21.–22.9.2022")
        #expect(PartialDate.range(a, b, .sv) == "21.–22.9.2022")
        #expect(PartialDate.range(a, b, .en) == "21–22 Sep 2022")
        let (october, february) = (try #require(PartialDate("2022-10")), try #require(PartialDate("2023-02")))
        #expect(PartialDate.range(october, february, .fi) == "lokakuu 2022 – helmikuu 2023")
        #expect(PartialDate.range(october, february, .en) == "October 2022 – February 2023")
        #expect(Formatting.period("2022-06", nil, .fi) == "kesäkuu 2022 alkaen")
    }

    @Test(
        "Money: grouped with a no-break space, a decimal comma in Finnish and Swedish; unknown is said, never 0 €",
        arguments: [
            (Int64(9_500_000_000), "95\u{00A0}000\u{00A0}000\u{00A0}€", "95\u{00A0}000\u{00A0}000\u{00A0}€", "€\u{00A0}95\u{00A0}000\u{00A0}000"),
            (Int64(123_456), "1\u{00A0}234,56\u{00A0}€", "1\u{00A0}234,56\u{00A0}€", "€\u{00A0}1\u{00A0}234.56"),
        ])
    func money(cents: Int64, fi: String, sv: String, en: String) {
        #expect(FixedPoint.euros(cents, .fi) == fi)
        #expect(FixedPoint.euros(cents, .sv) == sv)
        #expect(FixedPoint.euros(cents, .en) == en)
    }

    @Test("An unknown amount reads as unknown in each language")
    func unknownMoney() {
        #expect(FixedPoint.euros(nil as Int64?, .fi) == "Ei tiedossa")
        #expect(FixedPoint.euros(nil as Int64?, .sv) == "Okänt")
        #expect(FixedPoint.euros(nil as Int64?, .en) == "Unknown")
        // A dashboard row whose every budget is unknown has no sum: not 0 €.
        #expect(ProgrammeDashboard.Money(projects: 3, cents: 0, unknown: 3).knownCents == nil)
        #expect(ProgrammeDashboard.Money(projects: 3, cents: 500, unknown: 2).knownCents == 500)
    }
}
