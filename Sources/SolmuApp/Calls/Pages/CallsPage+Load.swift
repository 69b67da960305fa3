import Fluent
import Foundation

extension CallsPage {
    /// The page's loader: the calls `viewer` may see (the office also its unpublished ones), as plain rows, each placed by `now`.
    static func load(viewer: User?, now: Date, on database: any Database) async throws -> CallsPage {
        let rows = try await CallLoader.visible(to: viewer, on: database).map { call in
            Row(
                id: try call.requireID(), title: call.heading, programmeName: call.programme.name, opensAt: call.opensAt, closesAt: call.closesAt,
                published: call.published, example: call.example, isOpen: call.isOpen(at: now))
        }
        return CallsPage(calls: rows, now: now)
    }
}
