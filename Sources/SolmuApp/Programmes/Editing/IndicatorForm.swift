import Foundation

/// The indicator form: its fields once, the input made from what was posted, the values of an indicator to fill it with.
/// The editor reports the names on `name`; the page shows that beside the Finnish name.
enum IndicatorForm: FormDescription {
    enum Key: String, FormKey { case code, nameFi, nameSv, nameEn, unit, aggregation }

    static var fields: [FormField<Key>] {
        [
            .text(.code, "indicator.code", required: true, hint: "code.hint", autocomplete: "off"),
            .text(.nameFi, "indicator.nameFi", required: true), .text(.nameSv, "indicator.nameSv"), .text(.nameEn, "indicator.nameEn"),
            .select(.unit, "indicator.unit", required: true),
            .select(.aggregation, "indicator.aggregation", required: true, hint: "indicator.aggregationHint"),
        ]
    }

    static func input(_ posted: FormValues<Self>) -> IndicatorInput {
        IndicatorInput(code: posted[.code], name: posted.localized(.nameFi, .nameSv, .nameEn), unit: posted[.unit], aggregation: posted[.aggregation])
    }

    static func values(of indicator: Indicator) -> FormValues<Self> {
        FormValues([
            .code: indicator.code, .nameFi: indicator.nameFi, .nameSv: indicator.nameSv, .nameEn: indicator.nameEn,
            .unit: indicator.unit.rawValue, .aggregation: indicator.aggregation.rawValue,
        ])
    }
}
