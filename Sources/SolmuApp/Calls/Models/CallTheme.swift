import Fluent

/// A theme (from the shared competence vocabulary) a call asks applications on.
final class CallTheme: Model, @unchecked Sendable {
    static let schema = "call_themes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "call_id") var call: Call
    @Parent(key: "competence_id") var competence: Competence

    init() {}

    init(call: Int, competence: String) {
        $call.id = call
        $competence.id = competence
    }
}
