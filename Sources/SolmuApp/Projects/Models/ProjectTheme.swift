import Fluent

/// A project's theme, from the shared competence vocabulary.
final class ProjectTheme: Model, @unchecked Sendable {
    static let schema = "project_themes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "project_id") var project: Project
    @Parent(key: "competence_id") var competence: Competence

    init() {}

    init(project: Int, competence: String) {
        $project.id = project
        $competence.id = competence
    }
}
