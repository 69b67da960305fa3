import Fluent
import SQLKit

extension Database {
    /// A transaction that holds the write lock from its first statement. On PostgreSQL that is an ordinary
    /// transaction (its first UPDATE locks the row). On SQLite a plain `BEGIN` only takes the lock at the first write,
    /// and two connections that both read first then deadlock and one is refused: `BEGIN IMMEDIATE` lines them up instead.
    /// They also queue in-process first (SQLite is one process's file): waiting in SQLite's busy handler would hold a
    /// thread of the small pool SQLite runs on, and enough waiters would leave the lock's holder no thread to finish on.
    /// A write transaction started inside another one (an editor called from the demo loader's transaction) joins it,
    /// on the connection that holds the lock.
    /// The body may run in a task of the driver's rather than the caller's, so the request's mark for queued mail
    /// (`MailKick.queued`) is carried in by hand: mail queued in the transaction still starts delivery after the request.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if let held = SQLiteWriters.holding { return try await body(held) }
        let mail = MailKick.queued
        let body: @Sendable (any Database) async throws -> T = { db in try await MailKick.$queued.withValue(mail) { try await body(db) } }
        guard !inTransaction, let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else { return try await transaction(body) }
        await SQLiteWriters.queue.enter()
        do {
            let result = try await withConnection { connection in
                let locked = connection.sql
                try await locked.raw("BEGIN IMMEDIATE").run()
                do {
                    let result = try await SQLiteWriters.$holding.withValue(connection) { try await body(connection) }
                    try await locked.raw("COMMIT").run()
                    return result
                } catch {
                    try? await locked.raw("ROLLBACK").run()
                    throw error
                }
            }
            await SQLiteWriters.queue.leave()
            return result
        } catch {
            await SQLiteWriters.queue.leave()
            throw error
        }
    }
}

/// The in-process queue of SQLite write transactions: one at a time, in the order they came.
actor SQLiteWriters {
    static let queue = SQLiteWriters()
    /// The connection holding the lock when the current task is inside a write transaction: a transaction started
    /// within it, on whatever handle, runs on that connection (another would wait on the lock its own task holds).
    @TaskLocal static var holding: (any Database)?
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Transactions holding the lock or waiting for it.
    var depth: Int { (busy ? 1 : 0) + waiting.count }

    func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
