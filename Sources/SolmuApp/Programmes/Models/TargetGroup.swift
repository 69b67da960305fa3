/// Who a programme's or project's work is for, as the 6Aika seeds name them.
enum TargetGroup: String, Codable, CaseIterable, Sendable {
    case companies, researchAndEducation, residents, publicSector, youth, immigrants, unemployedJobSeekers, graduateJobSeekers

    var labelKey: String { "targetGroup.\(rawValue)" }

    /// Stored as `;`-separated codes in a single column: the groups are a fixed list nobody filters by.
    static func decode(_ codes: String) -> [TargetGroup] {
        codes.split(separator: ";").compactMap { TargetGroup(rawValue: String($0)) }
    }

    static func encode(_ groups: [TargetGroup]) -> String {
        allCases.filter(groups.contains).map(\.rawValue).joined(separator: ";")
    }
}
