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
        ProgrammeInput(name: name, purpose: purpose, startsOn: startsOn, endsOn: endsOn, budgetCents: budgetCents,
                       budgetApproximate: budgetApproximate, website: website, coordinatorId: $coordinator.id,
                       minMemberCities: minMemberCities, memberCities: memberCities.map(\.$organization.id),
                       themes: themes.compactMap(\.id), targetGroups: targetGroups.map(\.rawValue))
    }
}

/// The programme form as the browser posts it: money typed in euros.
struct ProgrammeForm: Decodable {
    var name: String?
    var purposeFi: String?
    var purposeSv: String?
    var purposeEn: String?
    var startsOn: String?
    var endsOn: String?
    /// Euros as typed, named like the API's cent field so the editor's errors land beside it.
    var budgetCents: String?
    var budgetApproximate: String?
    var website: String?
    var minMemberCities: String?
    var memberCities: [String]?
    var themes: [String]?
    var targetGroups: [String]?

    /// The input, and the errors of fields the form types as text (money, numbers).
    func input(coordinatorId: Int?) -> (ProgrammeInput, [String: String]) {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(budgetCents, field: "budgetCents", into: &errors)
        var minimum: Int?
        if let raw = minMemberCities.nonEmpty {
            minimum = Int(raw)
            if minimum == nil { errors["minMemberCities"] = "number.invalid" }
        }
        let input = ProgrammeInput(name: name, purpose: LocalizedText(fi: purposeFi, sv: purposeSv, en: purposeEn), startsOn: startsOn, endsOn: endsOn,
                                   budgetCents: budget, budgetApproximate: budgetApproximate != nil, website: website,
                                   coordinatorId: coordinatorId, minMemberCities: minimum,
                                   memberCities: (memberCities ?? []).compactMap { Int($0) }, themes: themes ?? [], targetGroups: targetGroups ?? [])
        return (input, errors)
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
