import Testing

@testable import SolmuApp

@Suite("Business ID (Y-tunnus)")
struct BusinessIDTests {
    @Test(
        "Valid IDs pass, in canonical form",
        arguments: [
            ("0211675-2", "0211675-2"),  // Tampereen kaupunki
            ("0201256-6", "0201256-6"),  // Helsingin kaupunki
            ("1234567-1", "1234567-1"),  // remainder 10 → check digit 1
            (" 0211675-2 ", "0211675-2"),
            ("02116752", "0211675-2"),  // hyphen left out
            ("211675-2", "0211675-2"),  // leading zero left out
        ])
    func valid(input: String, canonical: String) {
        #expect(BusinessID(input)?.value == canonical)
    }

    @Test(
        "Invalid IDs are refused",
        arguments: [
            "1234567-8",  // wrong check digit
            "0211675-3",
            "0000001-1",  // remainder 1 is never issued
            "123456-78",
            "abcdefg-h",
            "0211675",
            "",
            "０２１１６７５-２",  // full-width digits
        ])
    func invalid(input: String) {
        #expect(BusinessID(input) == nil)
    }

    @Test("Check digit 0 for remainder 0")
    func remainderZero() {
        // 0000000: weighted sum 0 → remainder 0 → check digit 0.
        #expect(BusinessID("0000000-0")?.value == "0000000-0")
    }
}
