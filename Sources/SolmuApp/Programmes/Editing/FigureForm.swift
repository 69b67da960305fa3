import Foundation

/// The form for a figure the programme states as a whole: its fields once and the input made from what was posted.
/// The editor reports the label on `label`; the page shows that beside the Finnish label.
enum FigureForm: FormDescription {
    enum Key: String, FormKey { case labelFi, labelSv, labelEn, value, qualifier, indicatorId, source }

    static var fields: [FormField<Key>] {
        [
            .text(.labelFi, "figure.labelFi", required: true), .text(.labelSv, "figure.labelSv"), .text(.labelEn, "figure.labelEn"),
            .text(.value, "figure.value", required: true),
            .select(.qualifier, "figure.qualifier", empty: "qualifier.exact"),
            .select(.indicatorId, "indicator.name", empty: "figure.noIndicator", hint: "figure.indicatorHint"),
            .text(.source, "figure.source", hint: "figure.sourceHint"),
        ]
    }

    /// No qualifier chosen is an exact figure.
    static func input(_ posted: FormValues<Self>) -> FigureInput {
        FigureInput(
            label: posted.localized(.labelFi, .labelSv, .labelEn), value: posted[.value], qualifier: posted.text(.qualifier) ?? "exact",
            indicatorId: posted.int(.indicatorId), source: posted[.source])
    }
}
