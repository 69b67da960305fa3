import Foundation

/// The targets form: a row for each indicator of the project's programme, the indicator's id in a hidden field
/// (`indicator<row>`) and the target typed as `targets.<row>.value`, the names the API's errors use.
enum TargetRows: FormRows {
    enum Field: String, FormKey { case indicatorId, value }

    static func name(_ row: Int, _ field: Field) -> String {
        switch field {
        case .indicatorId: "indicator\(row)"
        case .value: "targets.\(row).value"
        }
    }

    /// One target per indicator, in the order the form lists them.
    static func input(_ posted: FormRowValues<Self>, rows: Int) -> TargetsInput {
        TargetsInput(targets: (0..<rows).map { TargetsInput.Target(indicatorId: Int(posted[$0, .indicatorId] ?? ""), value: posted[$0, .value]) })
    }
}
