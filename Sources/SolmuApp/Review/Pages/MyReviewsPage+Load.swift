import Fluent

extension MyReviewsPage {
    /// The page's loader: what `reviewer` has been assigned, newest first, as plain rows.
    static func load(reviewer: User, on database: any Database) async throws -> MyReviewsPage {
        let rows = try await ReviewLoader.mine(of: reviewer, on: database).map { assessment in
            Row(id: try assessment.requireID(), applicationTitle: assessment.application.title, state: assessment.state, total: assessment.total)
        }
        return MyReviewsPage(assessments: rows)
    }
}
