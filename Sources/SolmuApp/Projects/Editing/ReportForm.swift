import Foundation

/// The form for a new indicator report, or a correction of one (which shows no indicator to choose). A correction also
/// posts the version it started from, a hidden field beside the described ones (`versionField`).
enum ReportForm: FormDescription {
    enum Key: String, FormKey { case indicatorId, periodStart, periodEnd, value, note }

    static let versionField = "version"

    static var fields: [FormField<Key>] {
        [
            .select(.indicatorId, "indicator.name", required: true),
            .text(.periodStart, "report.periodStart", required: true, hint: "date.dayHint"),
            .text(.periodEnd, "report.periodEnd", required: true, hint: "date.dayHint"),
            .text(.value, "report.value", required: true), .textArea(.note, "report.note"),
        ]
    }

    static func input(_ posted: FormValues<Self>) -> ReportInput {
        ReportInput(
            indicatorId: posted.int(.indicatorId), periodStart: posted[.periodStart], periodEnd: posted[.periodEnd],
            value: posted[.value], note: posted[.note])
    }

    /// A correction of the report at `version`, as posted.
    static func correction(_ posted: FormValues<Self>, version: String?) -> ReportCorrection {
        ReportCorrection(
            version: version.flatMap { Int($0) }, periodStart: posted[.periodStart], periodEnd: posted[.periodEnd],
            value: posted[.value], note: posted[.note])
    }

    static func values(of report: IndicatorReport) -> FormValues<Self> {
        FormValues([
            .periodStart: report.periodStart, .periodEnd: report.periodEnd, .value: FixedPoint.quantity.plain(report.value), .note: report.note,
        ])
    }
}
