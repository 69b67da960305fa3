import Foundation

/// A project as the API or a form submits it; PATCH lays the body over `Project.input` (`MergePatch`).
/// Money in euro cents.
struct ProjectInput: Codable, Sendable {
    var code: String?
    var name: LocalizedText?
    var summary: LocalizedText?
    var programmeId: Int?
    var instrumentId: Int?
    var networkId: Int?
    var status: String?
    var spearhead: Bool?
    var startsOn: String?
    var endsOn: String?
    var totalCents: Int64?
    var euCents: Int64?
    var nationalCents: Int64?
    var ownCents: Int64?
    var themes: [String]?
    var targetGroups: [String]?
    var website: String?
}

extension Project {
    /// The current values as an input. Needs themes loaded.
    var input: ProjectInput {
        ProjectInput(code: code, name: name, summary: summary, programmeId: $programme.id, instrumentId: $instrument.id, networkId: $network.id,
                     status: status.rawValue, spearhead: spearhead, startsOn: startsOn, endsOn: endsOn, totalCents: totalCents,
                     euCents: euCents, nationalCents: nationalCents, ownCents: ownCents, themes: themes.compactMap(\.id),
                     targetGroups: targetGroups.map(\.rawValue), website: website)
    }
}

/// The project form as the browser posts it: money typed in euros.
struct ProjectForm: Decodable {
    var code: String?
    var nameFi: String?
    var nameSv: String?
    var nameEn: String?
    var summaryFi: String?
    var summarySv: String?
    var summaryEn: String?
    var programmeId: String?
    var instrumentId: String?
    var status: String?
    var spearhead: String?
    var startsOn: String?
    var endsOn: String?
    /// Euros as typed; named like the API's cent fields so that errors and the typed text meet at the same field.
    var totalCents: String?
    var euCents: String?
    var nationalCents: String?
    var ownCents: String?
    var themes: [String]?
    var targetGroups: [String]?
    var website: String?

    func input() -> (ProjectInput, [String: String]) {
        var errors: [String: String] = [:]
        let input = ProjectInput(
            code: code, name: LocalizedText(fi: nameFi, sv: nameSv, en: nameEn), summary: LocalizedText(fi: summaryFi, sv: summarySv, en: summaryEn),
            programmeId: programmeId.nonEmpty.flatMap(Int.init), instrumentId: instrumentId.nonEmpty.flatMap(Int.init), networkId: nil,
            status: status, spearhead: spearhead != nil, startsOn: startsOn, endsOn: endsOn,
            totalCents: MoneyField.parse(totalCents, field: "totalCents", into: &errors), euCents: MoneyField.parse(euCents, field: "euCents", into: &errors),
            nationalCents: MoneyField.parse(nationalCents, field: "nationalCents", into: &errors),
            ownCents: MoneyField.parse(ownCents, field: "ownCents", into: &errors),
            themes: themes ?? [], targetGroups: targetGroups ?? [], website: website)
        return (input, errors)
    }
}
