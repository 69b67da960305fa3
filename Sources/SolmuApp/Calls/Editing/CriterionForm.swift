/// The form of a call's criterion.
enum CriterionForm: FormDescription {
    enum Key: String, FormKey {
        case nameFi, nameSv, nameEn, guidanceFi, guidanceSv, guidanceEn, weight, scaleMin, scaleMax, order, responsibility
    }

    static var fields: [FormField<Key>] {
        [.text(.nameFi, "criterion.nameFi", required: true), .text(.nameSv, "criterion.nameSv"), .text(.nameEn, "criterion.nameEn")]
            + FormField.textAreas(.guidanceFi, .guidanceSv, .guidanceEn, "criterion.guidance")
            + [
                .text(.weight, "criterion.weight", required: true, hint: "criterion.weightHint"), .text(.scaleMin, "criterion.scaleMin"),
                .text(.scaleMax, "criterion.scaleMax"), .text(.order, "criterion.order"), .checkbox(.responsibility, "criterion.responsibilityLabel"),
            ]
    }

    /// The input, with the messages about numbers that are not numbers. The scale's messages are all given at its maximum.
    static func input(_ posted: FormValues<Self>) -> (CriterionInput, [String: String]) {
        var errors: [String: String] = [:]
        for key in [Key.order, .weight, .scaleMin, .scaleMax] where posted.isMalformed(key) {
            errors[(key == .scaleMin ? Key.scaleMax : key).rawValue] = "number.invalid"
        }
        let input = CriterionInput(
            order: posted.int(.order), name: posted.localized(.nameFi, .nameSv, .nameEn),
            guidance: posted.localized(.guidanceFi, .guidanceSv, .guidanceEn), weight: posted.int(.weight),
            scaleMin: posted.int(.scaleMin), scaleMax: posted.int(.scaleMax), responsibility: posted.isOn(.responsibility))
        return (input, errors)
    }

    static func values(of criterion: CallCriterion) -> FormValues<Self> {
        FormValues([
            .nameFi: criterion.nameFi, .nameSv: criterion.nameSv, .nameEn: criterion.nameEn, .guidanceFi: criterion.guidanceFi,
            .guidanceSv: criterion.guidanceSv, .guidanceEn: criterion.guidanceEn, .weight: "\(criterion.weight)",
            .scaleMin: "\(criterion.scaleMin)", .scaleMax: "\(criterion.scaleMax)", .order: "\(criterion.order)",
            .responsibility: criterion.responsibility ? "on" : nil,
        ])
    }
}
