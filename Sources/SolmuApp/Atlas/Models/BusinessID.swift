import Foundation

/// A Finnish business ID (Y-tunnus), written `1234567-8`: seven digits and a check digit.
/// The check digit is 11 − (Σ digit × weight mod 11) with weights 7, 9, 10, 5, 8, 4, 2;
/// remainder 0 gives 0, remainder 1 is never issued.
public struct BusinessID: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    private static let weights = [7, 9, 10, 5, 8, 4, 2]

    /// Accepts the canonical form and the common slips: spaces, no hyphen, or a six-digit body missing its leading zero.
    public init?(_ input: String) {
        var text = input.filter { !$0.isWhitespace }
        if !text.contains("-"), text.count == 8 { text.insert("-", at: text.index(text.startIndex, offsetBy: 7)) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 1, (6...7).contains(parts[0].count) else { return nil }
        let body = parts[0].count == 6 ? "0" + parts[0] : String(parts[0])
        let digits = body.compactMap(\.wholeNumberValue)
        guard digits.count == 7, body.allSatisfy(\.isASCII), let check = parts[1].first?.wholeNumberValue, parts[1].first!.isASCII else { return nil }
        guard BusinessID.checkDigit(for: digits) == check else { return nil }
        value = "\(body)-\(check)"
    }

    static func checkDigit(for digits: [Int]) -> Int? {
        let remainder = zip(digits, weights).map(*).reduce(0, +) % 11
        switch remainder {
        case 0: return 0
        case 1: return nil
        default: return 11 - remainder
        }
    }

    public var description: String { value }
}
