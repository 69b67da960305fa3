import Fluent
import SQLKit

/// Engine settings worth having in production, applied when `serve` starts and by `migrate`.
enum DatabaseTuning {
    static func apply(_ database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        // Write-ahead logging (kept in the file): readers do not wait for a writer, and a commit syncs the disk once
        // rather than three times — what the registration desk, which commits once per registration, waits on.
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        // Refresh the query planner's statistics where they are stale (SQLite's advice for long-lived connections):
        // without them a filter on a large atlas can take the wrong index.
        try await sql.raw("PRAGMA optimize=0x10002").run()
    }
}
