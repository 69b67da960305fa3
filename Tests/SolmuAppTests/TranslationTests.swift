import Foundation
import Testing

@testable import SolmuApp

@Suite("Translation table")
struct TranslationTests {
    @Test("Every language has exactly the same keys, none empty")
    func sameKeys() throws {
        let finnish = try #require(Translations.tables[.fi])
        #expect(finnish.count > 100)
        for language in Language.allCases {
            let table = try #require(Translations.tables[language])
            let missing = Set(finnish.keys).subtracting(table.keys)
            let extra = Set(table.keys).subtracting(finnish.keys)
            #expect(missing.isEmpty, "\(language.rawValue) lacks \(missing.sorted())")
            #expect(extra.isEmpty, "\(language.rawValue) has keys Finnish lacks: \(extra.sorted())")
            #expect(table.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.isEmpty)
        }
    }

    @Test("Placeholders are the same in every language")
    func placeholders() throws {
        let regex = try NSRegularExpression(pattern: "\\{[a-zA-Z]+\\}")
        func names(_ text: String) -> Set<String> {
            Set(
                regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                    Range($0.range, in: text).map { String(text[$0]) }
                })
        }
        let english = try #require(Translations.tables[.en])
        for language in Language.allCases {
            for (key, text) in try #require(Translations.tables[language]) {
                #expect(names(text) == names(english[key] ?? ""), "\(language.rawValue) \(key)")
            }
        }
    }

    @Test("Every key the code uses is in the table")
    func keysUsedInCode() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SolmuApp")
        let regex = try NSRegularExpression(pattern: "\"([a-z][a-zA-Z]*(\\.[a-zA-Z]+)+)\"")
        var used = Set<String>()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { used.insert(String(text[range])) }
            }
        }
        let notKeys: Set<String> = ["openapi.json", "solmu.yaml", "solmu.sqlite", "calendar.ics"]
        let table = try #require(Translations.tables[.fi])
        // A form's text in three languages names its labels by their stem (`FormField.textAreas`): the three must exist.
        let missing = used.subtracting(notKeys).filter { key in table[key] == nil && ["Fi", "Sv", "En"].contains { table[key + $0] == nil } }
        #expect(used.count > 100)
        #expect(missing.isEmpty, "missing: \(missing.sorted())")
        // Keys built at run time: organisation types, roles, and the sections of the info pages.
        for type in OrganizationType.allCases { #expect(table[type.labelKey] != nil) }
        for role in User.Role.allCases { #expect(table["role.\(role.rawValue)"] != nil) }
        // Programmes and projects: every value of their enumerations, and the catalogue forms' labels.
        let programmeKeys =
            TargetGroup.allCases.map(\.labelKey) + Indicator.Aggregation.allCases.map(\.labelKey) + Indicator.Unit.allCases.map(\.labelKey)
            + ProgrammeFigure.Qualifier.allCases.map(\.labelKey) + Project.Status.allCases.map(\.labelKey)
            + ProjectImplementer.Role.allCases.map(\.labelKey)
            + WorkPackageItem.Kind.allCases.map(\.labelKey) + WorkPackageItem.Status.allCases.map(\.labelKey)
            + ProjectResult.Kind.allCases.map(\.labelKey)
            + ["indicator", "instrument"].flatMap { prefix in ["code", "nameFi", "nameSv", "nameEn"].map { "\(prefix).\($0)" } }
        for key in programmeKeys { #expect(table[key] != nil, "\(key)") }
        // Calls and applications: states, steps (with each step form's lead), reviewers' states, roles, the parts a submit may miss.
        let callKeys =
            ApplicationState.allCases.map(\.labelKey) + ApplicationAction.allCases.flatMap { [$0.labelKey, "application.stepLead.\($0.rawValue)"] }
            + Review.State.allCases.map(\.labelKey) + ApplicationPartner.Role.allCases.map(\.labelKey)
            + CompletenessCheck.parts.map { "application.part.\($0)" }
            + ["funded", "rejected"].flatMap { ["application.propose.\($0)", "application.proposal.\($0)"] }
        for key in callKeys { #expect(table[key] != nil, "\(key)") }
        // Events, registrations, inputs and follow-up, the round table: kinds, statuses, stances, the duplicate messages by status.
        let eventKeys =
            Event.Kind.allCases.map(\.labelKey) + Registration.Status.allCases.map(\.labelKey) + FollowUpAction.Status.allCases.map(\.labelKey)
            + RoundTableTopic.Status.allCases.map(\.labelKey) + StakeholderPosition.Stance.allCases.map(\.labelKey)
            + [Registration.Status.confirmed, .waiting].map { "registration.duplicate.\($0.rawValue)" }
            + ["mail.registration.confirmed", "mail.registration.waiting", "mail.registration.promoted"]
        for key in eventKeys { #expect(table[key] != nil, "\(key)") }
        // The self-assessment: platform kinds, statuses, the scale's levels, the kinds of group, the editor's per-language labels.
        let selfAssessmentKeys =
            Platform.Kind.allCases.map(\.labelKey) + PlatformAssessment.Status.allCases.map(\.labelKey)
            + InstrumentContent.levels.map { "selfAssessment.level.\($0)" } + ["region", "ecosystem", "network"].map { "aggregates.kind.\($0)" }
            + ["name", "description", "advice", "statement"].flatMap { field in Language.allCases.map { "questionnaire.\(field).\($0.rawValue)" } }
            + Language.allCases.map { "language.\($0.rawValue)" }
        for key in selfAssessmentKeys { #expect(table[key] != nil, "\(key)") }
        for (prefix, sections) in [("accessibility", InfoPages.accessibilitySections), ("privacy", InfoPages.privacySections)] {
            for key in ["title", "lead"] + sections.flatMap({ ["\($0).heading", "\($0).body"] }) {
                #expect(table["\(prefix).\(key)"] != nil, "\(prefix).\(key)")
            }
        }
    }
}
