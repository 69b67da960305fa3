import Fluent

extension MyAssessmentsPage {
    /// The page's loader: what `reviewer` has been assigned, newest first, as plain rows.
    static func load(reviewer: User, on database: any Database) async throws -> MyAssessmentsPage {
        let rows = try await AssessmentLoader.mine(of: reviewer, on: database).map { assessment in
            Row(id: try assessment.requireID(), applicationTitle: assessment.application.title, state: assessment.state, total: assessment.total)
        }
        return MyAssessmentsPage(assessments: rows)
    }
}
