import Foundation

/// A funding instrument as the API or a form submits it.
struct InstrumentInput: Codable, Sendable {
    var code: String?
    var name: LocalizedText?
    var administratorId: Int?
    var budgetCents: Int64?
}

/// An indicator of the programme's catalogue.
struct IndicatorInput: Codable, Sendable {
    var code: String?
    var name: LocalizedText?
    var unit: String?
    var aggregation: String?
}

/// A figure the programme states as a whole. `value` is a decimal text (`5685`, `12.5`).
struct FigureInput: Codable, Sendable {
    var label: LocalizedText?
    var value: String?
    var qualifier: String?
    var indicatorId: Int?
    var source: String?
}

extension FundingInstrument {
    var input: InstrumentInput { InstrumentInput(code: code, name: name, administratorId: $administrator.id, budgetCents: budgetCents) }
}

extension Indicator {
    var input: IndicatorInput { IndicatorInput(code: code, name: name, unit: unit.rawValue, aggregation: aggregation.rawValue) }
}
