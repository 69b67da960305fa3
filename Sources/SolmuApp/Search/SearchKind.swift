/// What one search looks through, in the order its results are grouped.
enum SearchKind: String, CaseIterable, Codable, Sendable {
    case municipality, region, organization, person, network, ecosystem, programme, project, call, event

    var labelKey: String { "search.kind.\(rawValue)" }
}
