import Fluent
import Foundation
import SQLKit

/// `solmu backup`: every table's rows, read in one snapshot (a read transaction on SQLite, a repeatable-read one on
/// PostgreSQL) while the server goes on serving, written as JSON Lines (`DumpLine`).
enum Backup {
    struct Summary: Sendable { var tables = 0; var rows = 0 }

    static let batch = 2_000

    static func write(_ database: any Database, to path: String) async throws -> Summary {
        let output = try DumpFile(path: path)
        let emit: @Sendable (DumpLine) throws -> Void = { try output.emit($0) }
        let summary: Summary
        do {
            summary = try await read(database, into: emit)
            try output.finish()
        } catch {
            output.abandon()
            throw error
        }
        return summary
    }

    private static func read(_ database: any Database, into emit: @escaping @Sendable (DumpLine) throws -> Void) async throws -> Summary {
        try await database.withConnection { connection -> Summary in
            let sql = connection.sql
            let postgres = sql.dialect.name == "postgresql"
            try await sql.raw(postgres ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN").run()
            do {
                if postgres { try await sql.raw("SET LOCAL TIME ZONE 'UTC'").run() }
                let catalog = SchemaCatalog(sql: sql)
                try emit(.header(format: DumpLine.format, engine: sql.dialect.name, createdAt: Date(), migrations: try await catalog.migrations()))
                var summary = Summary()
                let tables = try await catalog.tables()
                for table in tables {
                    let columns = try await catalog.columns(of: table)
                    try emit(.table(name: table, columns: columns.map(\.name)))
                    summary.tables += 1
                    var offset = 0
                    while true {
                        let rows = try await readBatch(sql, table: table, columns: columns, offset: offset)
                        for row in rows { try emit(.row(values: row)) }
                        summary.rows += rows.count
                        offset += rows.count
                        if rows.count < batch { break }
                    }
                }
                for (table, value) in try await catalog.sequences(tables) { try emit(.sequence(table: table, value: value)) }
                try emit(.end(tables: summary.tables, rows: summary.rows))
                try await sql.raw("COMMIT").run()
                return summary
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// One batch of a table's rows in id order, each value as the engine keeps it.
    private static func readBatch(_ sql: any SQLDatabase, table: String, columns: [SchemaCatalog.Column], offset: Int) async throws -> [[DumpValue]] {
        let order: SQLQueryString = columns.contains { $0.name == "id" } ? "ORDER BY id" : "ORDER BY 1"
        if sql.dialect.name == "postgresql" {
            let list = SQLList(columns.map { SQLRaw("\(quoted($0.name))::text AS \(quoted($0.name))") })
            return try await sql.raw("SELECT \(list) FROM \(ident: table) \(order) LIMIT \(unsafeRaw: "\(batch)") OFFSET \(unsafeRaw: "\(offset)")")
                .all()
                .map { row in try columns.map { try row.decodeNil(column: $0.name) ? .null : .text(try row.decode(column: $0.name, as: String.self)) }
                }
        }
        // Each value with its storage class (`typeof`), read as that class: exactly what SQLite keeps.
        let list = SQLList(
            columns.enumerated().map { index, column in
                SQLRaw("typeof(\(quoted(column.name))) AS t\(index), \(quoted(column.name)) AS v\(index)")
            })
        return try await sql.raw("SELECT \(list) FROM \(ident: table) \(order) LIMIT \(unsafeRaw: "\(batch)") OFFSET \(unsafeRaw: "\(offset)")").all()
            .map { row in
                try columns.indices.map { index -> DumpValue in
                    switch try row.decode(column: "t\(index)", as: String.self) {
                    case "integer": .integer(try row.decode(column: "v\(index)", as: Int64.self))
                    case "real": .real(try row.decode(column: "v\(index)", as: Double.self))
                    case "text": .text(try row.decode(column: "v\(index)", as: String.self))
                    case "blob": .blob(try row.decode(column: "v\(index)", as: Data.self))
                    default: .null
                    }
                }
            }
    }
}

/// The backup file being written: lines gathered in a buffer and written a megabyte at a time.
final class DumpFile: @unchecked Sendable {
    private let file: FileHandle
    private var buffer = Data()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    let path: String
    private let partial: String

    /// Written beside `path` under another name, readable by the owner only (a backup holds personal data and password
    /// hashes), and put in place by `finish` only when whole: a failed backup never replaces a good one.
    init(path: String) throws {
        self.path = path
        partial = path + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600]),
            let file = FileHandle(forWritingAtPath: partial)
        else {
            throw BackupError.cannotWrite(path)
        }
        self.file = file
    }

    func finish() throws {
        try flush()
        try file.synchronize()
        try file.close()
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: partial, toPath: path)
    }

    func abandon() {
        try? file.close()
        try? FileManager.default.removeItem(atPath: partial)
    }

    func emit(_ line: DumpLine) throws {
        buffer.append(try encoder.encode(line))
        buffer.append(0x0A)
        if buffer.count > 1 << 20 { try flush() }
    }

    func flush() throws {
        try file.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

}

/// An identifier in double quotes, as both engines read it.
func quoted(_ identifier: String) -> String { "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

enum BackupError: Error, CustomStringConvertible {
    case cannotWrite(String)
    case cannotRead(String)
    case unexpectedRow
    case notABackup(String)
    case otherSchema(missing: [String], extra: [String])
    case engine(from: String, to: String)

    var description: String {
        switch self {
        case .cannotWrite(let path): "Cannot write \(path)."
        case .cannotRead(let path): "Cannot read \(path)."
        case .unexpectedRow: "The database answered rows of an unexpected kind."
        case .notABackup(let why): "This is not a Solmu backup: \(why)."
        case .otherSchema(let missing, let extra):
            "The backup was made under other migrations (this database lacks \(missing.joined(separator: ", ")); "
                + "the backup lacks \(extra.joined(separator: ", "))). Restore it with the Solmu version that made it."
        case .engine(let from, let to):
            "A \(from) backup cannot be restored into \(to); back up from \(from) into \(from), or copy SQLite to PostgreSQL with `solmu copy`."
        }
    }
}
