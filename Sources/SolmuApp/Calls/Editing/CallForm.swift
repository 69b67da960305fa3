/// The call form as the browser posts it: texts as typed, euros as typed, times in Helsinki time.
struct CallForm: Decodable {
    var number: String?
    var titleFi: String?
    var titleSv: String?
    var titleEn: String?
    var descriptionFi: String?
    var descriptionSv: String?
    var descriptionEn: String?
    var opensAt: String?
    var closesAt: String?
    var budgetCents: String?
    var instrumentIds: [String]?
    var themeIds: [String]?
    var published: String?
    var example: String?

    func input(programmeId: Int) -> (CallInput, [String: String]) {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(budgetCents, field: "budgetCents", into: &errors)
        let number = number.nonEmpty.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if self.number.nonEmpty != nil, number == nil { errors["number"] = "number.invalid" }
        let input = CallInput(programmeId: programmeId, number: number, title: LocalizedText(fi: titleFi, sv: titleSv, en: titleEn),
                              description: LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn), opensAt: opensAt, closesAt: closesAt,
                              budgetCents: budget, instrumentIds: (instrumentIds ?? []).compactMap { Int($0) }, themeIds: themeIds ?? [],
                              published: published != nil, example: example != nil)
        return (input, errors)
    }

    var state: FormState {
        FormState(values: ["number": number ?? "", "titleFi": titleFi ?? "", "titleSv": titleSv ?? "", "titleEn": titleEn ?? "",
                           "descriptionFi": descriptionFi ?? "", "descriptionSv": descriptionSv ?? "", "descriptionEn": descriptionEn ?? "",
                           "opensAt": opensAt ?? "", "closesAt": closesAt ?? "", "budgetCents": budgetCents ?? "",
                           "published": published ?? "", "example": example ?? ""],
                  multiValues: ["instrumentIds": Set(instrumentIds ?? []), "themeIds": Set(themeIds ?? [])])
    }

    static func state(of call: Call, _ language: Language) -> FormState {
        FormState(values: ["number": "\(call.number)", "titleFi": call.titleFi, "titleSv": call.titleSv ?? "", "titleEn": call.titleEn ?? "",
                           "descriptionFi": call.descriptionFi ?? "", "descriptionSv": call.descriptionSv ?? "", "descriptionEn": call.descriptionEn ?? "",
                           "opensAt": HelsinkiTime.local(call.opensAt), "closesAt": HelsinkiTime.local(call.closesAt),
                           "budgetCents": MoneyField.text(call.budgetCents, language), "published": call.published ? "on" : "", "example": call.example ? "on" : ""],
                  multiValues: ["instrumentIds": Set(call.instruments.compactMap { $0.id.map(String.init) }), "themeIds": Set(call.themes.compactMap(\.id))])
    }
}

/// The criterion form as posted.
struct CriterionForm: Decodable {
    var order: String?
    var nameFi: String?
    var nameSv: String?
    var nameEn: String?
    var guidanceFi: String?
    var guidanceSv: String?
    var guidanceEn: String?
    var weight: String?
    var scaleMin: String?
    var scaleMax: String?
    var responsibility: String?

    func input() -> (CriterionInput, [String: String]) {
        var errors: [String: String] = [:]
        func integer(_ raw: String?, _ field: String) -> Int? {
            guard let text = raw.nonEmpty else { return nil }
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else { errors[field] = "number.invalid"; return nil }
            return value
        }
        let input = CriterionInput(order: integer(order, "order"), name: LocalizedText(fi: nameFi, sv: nameSv, en: nameEn),
                                   guidance: LocalizedText(fi: guidanceFi, sv: guidanceSv, en: guidanceEn), weight: integer(weight, "weight"),
                                   scaleMin: integer(scaleMin, "scaleMax"), scaleMax: integer(scaleMax, "scaleMax"), responsibility: responsibility != nil)
        return (input, errors)
    }

    var state: FormState {
        FormState(values: ["order": order ?? "", "nameFi": nameFi ?? "", "nameSv": nameSv ?? "", "nameEn": nameEn ?? "", "guidanceFi": guidanceFi ?? "",
                           "guidanceSv": guidanceSv ?? "", "guidanceEn": guidanceEn ?? "", "weight": weight ?? "", "scaleMin": scaleMin ?? "",
                           "scaleMax": scaleMax ?? "", "responsibility": responsibility ?? ""])
    }

    static func state(of c: CallCriterion) -> FormState {
        FormState(values: ["order": "\(c.order)", "nameFi": c.nameFi, "nameSv": c.nameSv ?? "", "nameEn": c.nameEn ?? "", "guidanceFi": c.guidanceFi ?? "",
                           "guidanceSv": c.guidanceSv ?? "", "guidanceEn": c.guidanceEn ?? "", "weight": "\(c.weight)", "scaleMin": "\(c.scaleMin)",
                           "scaleMax": "\(c.scaleMax)", "responsibility": c.responsibility ? "on" : ""])
    }
}
