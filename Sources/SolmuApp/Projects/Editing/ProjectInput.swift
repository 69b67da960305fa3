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
        ProjectInput(
            code: code, name: name, summary: summary, programmeId: $programme.id, instrumentId: $instrument.id, networkId: $network.id,
            status: status.rawValue, spearhead: spearhead, startsOn: startsOn, endsOn: endsOn, totalCents: totalCents,
            euCents: euCents, nationalCents: nationalCents, ownCents: ownCents, themes: themes.compactMap(\.id),
            targetGroups: targetGroups.map(\.rawValue), website: website)
    }
}

/// The project form: money typed in euros in fields named like the API's cent fields, so that an error and the typed
/// text meet at the same field.
enum ProjectForm: FormDescription {
    enum Key: String, FormKey {
        case nameFi, nameSv, nameEn, code, programmeId, instrumentId, status, spearhead, startsOn, endsOn, totalCents, euCents, nationalCents,
            ownCents, summaryFi, summarySv, summaryEn, website, themes, targetGroups
    }

    static var fields: [FormField<Key>] {
        var fields: [FormField<Key>] = [
            .text(.nameFi, "project.nameFi", required: true), .text(.nameSv, "project.nameSv"), .text(.nameEn, "project.nameEn"),
            .text(.code, "project.code", autocomplete: "off"),
            .select(.programmeId, "project.programme", empty: "project.noProgramme"),
            .select(.instrumentId, "project.instrument", empty: "value.unknown"),
            .select(.status, "project.status", required: true, hint: "project.statusHint"), .checkbox(.spearhead, "project.spearhead"),
            .text(.startsOn, "network.startsOn", hint: "date.hint"), .text(.endsOn, "network.endsOn", hint: "date.hint"),
            .text(.totalCents, "project.totalEuros", hint: "money.hint"), .text(.euCents, "project.euEuros", hint: "money.hint"),
            .text(.nationalCents, "project.nationalEuros", hint: "money.hint"), .text(.ownCents, "project.ownEuros", hint: "money.hint"),
        ]
        fields += FormField.textAreas(.summaryFi, .summarySv, .summaryEn, "project.summary")
        fields += [
            .text(.website, "organization.website", type: .url, hint: "organization.websiteHint"),
            .checkboxes(.themes, "network.themes"), .checkboxes(.targetGroups, "programme.targetGroups"),
        ]
        return fields
    }

    /// The input, and the money fields that were not amounts.
    static func input(_ posted: FormValues<Self>) -> (ProjectInput, [String: String]) {
        var errors: [String: String] = [:]
        func money(_ key: Key) -> Int64? { MoneyField.parse(posted[key], field: key.rawValue, into: &errors) }
        let input = ProjectInput(
            code: posted[.code], name: posted.localized(.nameFi, .nameSv, .nameEn), summary: posted.localized(.summaryFi, .summarySv, .summaryEn),
            programmeId: posted.int(.programmeId), instrumentId: posted.int(.instrumentId), networkId: nil,
            status: posted[.status], spearhead: posted[.spearhead] != nil, startsOn: posted[.startsOn], endsOn: posted[.endsOn],
            totalCents: money(.totalCents), euCents: money(.euCents), nationalCents: money(.nationalCents), ownCents: money(.ownCents),
            themes: posted.list(.themes), targetGroups: posted.list(.targetGroups), website: posted[.website])
        return (input, errors)
    }

    /// The project's values, its amounts shown in euros as `language` writes them. Needs themes loaded.
    static func values(of project: Project, _ language: Language) -> FormValues<Self> {
        FormValues(
            [
                .code: project.code, .nameFi: project.nameFi, .nameSv: project.nameSv, .nameEn: project.nameEn,
                .summaryFi: project.summaryFi, .summarySv: project.summarySv, .summaryEn: project.summaryEn,
                .programmeId: project.$programme.id.map(String.init), .instrumentId: project.$instrument.id.map(String.init),
                .status: project.status.rawValue, .spearhead: project.spearhead ? "on" : nil, .startsOn: project.startsOn, .endsOn: project.endsOn,
                .totalCents: MoneyField.text(project.totalCents, language), .euCents: MoneyField.text(project.euCents, language),
                .nationalCents: MoneyField.text(project.nationalCents, language), .ownCents: MoneyField.text(project.ownCents, language),
                .website: project.website,
            ],
            lists: [.themes: project.themes.compactMap(\.id), .targetGroups: project.targetGroups.map(\.rawValue)])
    }
}
