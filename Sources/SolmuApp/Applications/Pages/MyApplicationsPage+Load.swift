import Fluent

extension MyApplicationsPage {
    /// The page's loader: the applications `user` is of the consortium of, newest first, each with its call, as plain rows.
    static func load(user: User, on database: any Database) async throws -> MyApplicationsPage {
        let rows = try await ApplicationLoader.mine(of: user, on: database).map { application in
            Row(
                id: try application.requireID(), title: application.title, callID: application.$call.id, callTitle: application.call.heading,
                callClosesAt: application.call.closesAt, state: application.state)
        }
        return MyApplicationsPage(applications: rows)
    }
}
