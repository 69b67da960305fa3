import Fluent

/// A programme's theme, from the shared competence vocabulary (so a theme links to the atlas).
final class ProgrammeTheme: Model, @unchecked Sendable {
    static let schema = "programme_themes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "competence_id") var competence: Competence

    init() {}

    init(programme: Int, competence: String) {
        $programme.id = programme
        $competence.id = competence
    }
}
