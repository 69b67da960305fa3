import Fluent
import SQLKit

/// Saves that must not overwrite each other silently (two reviewers, two consortium members, two decisions at once)
/// move a row's `version` forward only from the version they read: one wins, the other is told (409) and keeps its input.
enum OptimisticLock {
    /// Moves `table.version` from `version` to `version + 1`; false when the row is no longer at `version`.
    /// Run inside the transaction that writes the change, so the check and the write land together.
    static func advance(_ table: String, id: Int, from version: Int, on database: any Database) async throws -> Bool {
        let sql = database.sql
        let rows = try await sql.raw(
            """
            UPDATE \(ident: table) SET version = version + 1 WHERE id = \(bind: id) AND version = \(bind: version) RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    static func conflict() -> Problem {
        Problem.conflict(detailKey: "problem.changedMeanwhile")
    }
}
