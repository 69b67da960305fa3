import Fluent
import Foundation

/// A funded project: a programme's pilot, or a network's own development project (the regional towns' network).
/// Money is in euro cents; every amount and date may be unknown and is then shown as unknown.
final class Project: Model, @unchecked Sendable {
    static let schema = "projects"

    enum Status: String, Codable, CaseIterable, Sendable {
        case planned, ongoing, closed

        var labelKey: String { "projectStatus.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    /// The funder's project code (e.g. `A70123`); unique when given.
    @OptionalField(key: "code") var code: String?
    @Field(key: "name_fi") var nameFi: String
    @OptionalField(key: "name_sv") var nameSv: String?
    @OptionalField(key: "name_en") var nameEn: String?
    @OptionalField(key: "summary_fi") var summaryFi: String?
    @OptionalField(key: "summary_sv") var summarySv: String?
    @OptionalField(key: "summary_en") var summaryEn: String?
    @OptionalParent(key: "programme_id") var programme: Programme?
    @OptionalParent(key: "instrument_id") var instrument: FundingInstrument?
    /// The network the project builds, when it is one (the regional towns' network is a project).
    @OptionalParent(key: "network_id") var network: Network?
    @Field(key: "status") var status: Status
    /// A programme's spearhead (kärkihanke): a joint project the smaller pilots build on.
    @Field(key: "spearhead") var spearhead: Bool
    @OptionalField(key: "starts_on") var startsOn: String?
    @OptionalField(key: "ends_on") var endsOn: String?
    @OptionalField(key: "total_cents") var totalCents: Int64?
    @OptionalField(key: "eu_cents") var euCents: Int64?
    @OptionalField(key: "national_cents") var nationalCents: Int64?
    @OptionalField(key: "own_cents") var ownCents: Int64?
    @Field(key: "target_groups") var targetGroupCodes: String
    @OptionalField(key: "website") var website: String?
    /// Lower-cased, diacritics folded code and names, for the project list's search box.
    @Field(key: "search_text") var searchText: String

    @Children(for: \.$project) var implementers: [ProjectImplementer]
    @Children(for: \.$project) var workPackages: [WorkPackage]
    @Children(for: \.$project) var results: [ProjectResult]
    @Siblings(through: ProjectTheme.self, from: \.$project, to: \.$competence) var themes: [Competence]

    init() { status = .planned; spearhead = false; targetGroupCodes = ""; searchText = "" }

    var name: LocalizedText {
        get { LocalizedText(fi: nameFi, sv: nameSv, en: nameEn) }
        set { nameFi = newValue.fi ?? ""; nameSv = newValue.sv; nameEn = newValue.en }
    }

    var summary: LocalizedText {
        get { LocalizedText(fi: summaryFi, sv: summarySv, en: summaryEn) }
        set { summaryFi = newValue.fi; summarySv = newValue.sv; summaryEn = newValue.en }
    }

    var targetGroups: [TargetGroup] {
        get { TargetGroup.decode(targetGroupCodes) }
        set { targetGroupCodes = TargetGroup.encode(newValue) }
    }
}
