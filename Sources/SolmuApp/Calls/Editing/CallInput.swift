/// A call as the API and the form submit it; times in Helsinki time (`2026-03-30T16:00`) or with an offset.
struct CallInput: Codable, Sendable {
    var programmeId: Int?
    var number: Int?
    var title: LocalizedText?
    var description: LocalizedText?
    var opensAt: String?
    var closesAt: String?
    var budgetCents: Int64?
    var instrumentIds: [Int]?
    var themeIds: [String]?
    var published: Bool?
    var example: Bool?
}

/// A criterion of a call.
struct CriterionInput: Codable, Sendable {
    var order: Int?
    var name: LocalizedText?
    var guidance: LocalizedText?
    var weight: Int?
    var scaleMin: Int?
    var scaleMax: Int?
    var responsibility: Bool?
}

extension Call {
    var input: CallInput {
        CallInput(
            programmeId: $programme.id, number: number, title: title, description: description, opensAt: HelsinkiTime.local(opensAt),
            closesAt: HelsinkiTime.local(closesAt), budgetCents: budgetCents, instrumentIds: $instruments.value?.compactMap(\.id),
            themeIds: $themes.value?.compactMap(\.id), published: published, example: example)
    }
}

extension CallCriterion {
    var input: CriterionInput {
        CriterionInput(
            order: order, name: name, guidance: guidance, weight: weight, scaleMin: scaleMin, scaleMax: scaleMax, responsibility: responsibility)
    }
}
