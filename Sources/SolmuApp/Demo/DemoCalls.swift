import Fluent
import Foundation

/// The demo's call (`calls.json`): one illustrative call of 6Aika, marked as an example wherever it is shown, so
/// that no invented call passes for a real one. It opens a week before the demo is loaded and closes two months
/// after, at 16.00 Helsinki time, so that it can be tried out whenever the demo is started.
extension DemoData {
    struct CallRecord: Decodable {
        var programme: String
        var number: Int
        var title: LocalizedText
        var description: LocalizedText
        var opensDaysAgo: Int
        var closesInDays: Int
        var instruments: [String]
        var themes: [String]
        var criteria: [CriterionInput]
    }

    static func loadCalls(programmes: [String: Int], now: Date = Date(), on db: any Database) async throws {
        let editor = CallEditor(database: db)
        for record in try records("calls", as: CallRecord.self) {
            guard let programmeID = programmes[record.programme] else { throw ReferenceDataError.missing(record.programme) }
            let programme = try await ProgrammeLoader.require(programmeID, on: db)
            func day(_ offset: Int, at hour: String) -> String {
                HelsinkiTime.day(now.addingTimeInterval(Double(offset) * 86_400)) + "T" + hour
            }
            let input = CallInput(
                programmeId: programmeID, number: record.number, title: record.title, description: record.description,
                opensAt: day(-record.opensDaysAgo, at: "09:00"), closesAt: day(record.closesInDays, at: "16:00"),
                instrumentIds: programme.instruments.filter { record.instruments.contains($0.code) }.compactMap(\.id),
                themeIds: record.themes, published: true, example: true)
            let call = Call()
            try await editor.save(input, into: call, programme: programme)
            call.$criteria.value = []
            for (order, criterion) in record.criteria.enumerated() {
                var input = criterion
                input.order = order + 1
                try await editor.saveCriterion(input, call: call, into: CallCriterion())
            }
        }
    }
}
