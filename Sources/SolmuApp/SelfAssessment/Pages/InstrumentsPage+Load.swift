import Fluent
import Vapor

extension InstrumentsPage {
    /// Every version, newest first (drafts only when `viewer` is an admin), as plain rows.
    static func load(viewer: User?, on database: any Database) async throws -> InstrumentsPage {
        let rows = try await InstrumentLoader.all(for: viewer, on: database).map { version in
            Row(id: version.id ?? 0, version: version.version, name: version.name, publishedAt: version.publishedAt)
        }
        return InstrumentsPage(versions: rows)
    }
}
