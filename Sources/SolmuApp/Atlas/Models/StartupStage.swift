/// How far a startup has come.
public enum StartupStage: String, CaseIterable, Codable, Sendable {
    case idea, preSeed, seed, growth, scaleUp

    var labelKey: String { "startupStage.\(rawValue)" }
}
