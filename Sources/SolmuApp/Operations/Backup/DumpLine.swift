import Foundation

/// A backup file is JSON Lines: a header, then for each table its columns and rows, then the sequences.
/// One line at a time, so that neither writing nor reading holds a whole database in memory.
enum DumpLine: Codable, Sendable {
    /// What made the backup: the format, the engine, the time and the migrations the schema had.
    case header(format: Int, engine: String, createdAt: Date, migrations: [String])
    case table(name: String, columns: [String])
    case row(values: [DumpValue])
    /// The next id a table would hand out (SQLite's `sqlite_sequence`, PostgreSQL's sequence of the `id` column).
    case sequence(table: String, value: Int64)
    case end(tables: Int, rows: Int)

    static let format = 1
}
