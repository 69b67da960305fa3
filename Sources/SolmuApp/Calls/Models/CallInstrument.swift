import Fluent

/// A funding instrument a call grants from.
final class CallInstrument: Model, @unchecked Sendable {
    static let schema = "call_instruments"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "call_id") var call: Call
    @Parent(key: "instrument_id") var instrument: FundingInstrument

    init() {}

    init(call: Int, instrument: Int) {
        $call.id = call
        $instrument.id = instrument
    }
}
