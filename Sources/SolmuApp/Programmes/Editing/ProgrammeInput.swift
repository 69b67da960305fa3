import Foundation

/// A programme as a form or the API submits it; PATCH lays the body over `Programme.input` (`MergePatch`).
struct ProgrammeInput: Codable, Sendable {
    var name: String?
    var purpose: LocalizedText?
    var startsOn: String?
    var endsOn: String?
    var budgetCents: Int64?
    var budgetApproximate: Bool?
    var website: String?
    var coordinatorId: Int?
    var minMemberCities: Int?
    var memberCities: [Int]?
    var themes: [String]?
    var targetGroups: [String]?
}

extension Programme {
    /// The current values as an input. Needs member cities and themes loaded.
    var input: ProgrammeInput {
        ProgrammeInput(
            name: name, purpose: purpose, startsOn: startsOn, endsOn: endsOn, budgetCents: budgetCents,
            budgetApproximate: budgetApproximate, website: website, coordinatorId: $coordinator.id,
            minMemberCities: minMemberCities, memberCities: memberCities.map(\.$organization.id),
            themes: themes.compactMap(\.id), targetGroups: targetGroups.map(\.rawValue))
    }
}

/// The programme form: its fields once, the input made from what was posted, the values of a programme to fill it with.
/// Money is typed in euros into `budgetCents`, named like the API's cent field so the editor's errors land beside it.
enum ProgrammeForm: FormDescription {
    enum Key: String, FormKey {
        case name, purposeFi, purposeSv, purposeEn, startsOn, endsOn, budgetCents, budgetApproximate, website, memberCities, minMemberCities,
            themes, targetGroups
    }

    static var fields: [FormField<Key>] {
        [.text(.name, "programme.name", required: true, autocomplete: "off")]
            + FormField.textAreas(.purposeFi, .purposeSv, .purposeEn, "network.purpose")
            + [
                .text(.startsOn, "network.startsOn", hint: "date.hint"), .text(.endsOn, "network.endsOn", hint: "date.hint"),
                .text(.budgetCents, "programme.budgetEuros", hint: "money.hint"), .checkbox(.budgetApproximate, "programme.budgetApproximate"),
                .text(.website, "organization.website", type: .url, hint: "organization.websiteHint"),
                .checkboxes(.memberCities, "programme.memberCities"),
                .text(.minMemberCities, "programme.minMemberCities", hint: "programme.minMemberCitiesHint"),
                .checkboxes(.themes, "network.themes"), .checkboxes(.targetGroups, "programme.targetGroups"),
            ]
    }

    /// The input, and the errors of fields the form types as text (money, numbers).
    static func input(_ posted: FormValues<Self>, coordinatorId: Int?) -> (ProgrammeInput, [String: String]) {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(posted[.budgetCents], field: Key.budgetCents.rawValue, into: &errors)
        if posted.isMalformed(.minMemberCities) { errors[Key.minMemberCities.rawValue] = "number.invalid" }
        let input = ProgrammeInput(
            name: posted[.name], purpose: posted.localized(.purposeFi, .purposeSv, .purposeEn),
            startsOn: posted[.startsOn], endsOn: posted[.endsOn],
            budgetCents: budget, budgetApproximate: posted[.budgetApproximate] != nil, website: posted[.website],
            coordinatorId: coordinatorId, minMemberCities: posted.int(.minMemberCities),
            memberCities: posted.list(.memberCities).compactMap { Int($0) }, themes: posted.list(.themes),
            targetGroups: posted.list(.targetGroups))
        return (input, errors)
    }

    /// The amount is shown in euros the way the language writes them. Needs member cities and themes loaded.
    static func values(of programme: Programme, _ language: Language) -> FormValues<Self> {
        FormValues(
            [
                .name: programme.name, .purposeFi: programme.purposeFi, .purposeSv: programme.purposeSv, .purposeEn: programme.purposeEn,
                .startsOn: programme.startsOn, .endsOn: programme.endsOn, .budgetCents: MoneyField.text(programme.budgetCents, language),
                .budgetApproximate: programme.budgetApproximate ? "on" : nil, .website: programme.website,
                .minMemberCities: programme.minMemberCities.map(String.init),
            ],
            lists: [
                .memberCities: programme.memberCities.map { "\($0.$organization.id)" }, .themes: programme.themes.compactMap(\.id),
                .targetGroups: programme.targetGroups.map(\.rawValue),
            ])
    }
}

/// Money typed into a form in euros (`1 250 000,50`).
enum MoneyField {
    static func parse(_ raw: String?, field: String, into errors: inout [String: String]) -> Int64? {
        guard let text = raw.nonEmpty else { return nil }
        guard let cents = FixedPoint.money.parse(text) else { errors[field] = "money.invalid"; return nil }
        return cents
    }

    /// How a form shows an amount again: `1250000,50`.
    static func text(_ cents: Int64?, _ language: Language) -> String {
        guard let cents else { return "" }
        let plain = FixedPoint.money.plain(cents)
        return language == .en ? plain : plain.replacingOccurrences(of: ".", with: ",")
    }
}
