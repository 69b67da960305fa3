import Fluent
import SQLKit

extension Database {
    /// A transaction that holds the write lock from its first statement. On PostgreSQL that is an ordinary
    /// transaction (its first UPDATE locks the row). On SQLite a plain `BEGIN` only takes the lock at the first write,
    /// and two connections that both read first then deadlock and one is refused: `BEGIN IMMEDIATE` lines them up instead.
    /// The body must not open a transaction of its own.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard !inTransaction, let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else { return try await transaction(body) }
        return try await withConnection { connection in
            let locked = connection as! any SQLDatabase
            try await locked.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await body(connection)
                try await locked.raw("COMMIT").run()
                return result
            } catch {
                try? await locked.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}
