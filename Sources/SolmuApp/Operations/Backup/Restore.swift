import Fluent
import Foundation
import SQLKit
import SQLiteNIO

/// `solmu restore` (and the second half of `solmu copy`): replaces every row of a migrated database with a backup's,
/// in one transaction, so a failed restore leaves the database as it was. The schema is the target's own (migrated by
/// this Solmu); the backup must have been made under the same migrations.
enum Restore {
    static let batch = 200

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    static func read(_ path: String, into database: any Database) async throws -> Backup.Summary {
        guard let reader = LineReader(path: path) else { throw BackupError.cannotRead(path) }
        let decoder = Self.decoder
        guard let first = try reader.next(), case .header(let format, let engine, _, let migrations) = try decoder.decode(DumpLine.self, from: first)
        else {
            throw BackupError.notABackup("no header line")
        }
        guard format == DumpLine.format else { throw BackupError.notABackup("format \(format)") }
        return try await database.writeTransaction { db in
            let decoder = Self.decoder
            let sql = db.sql
            let target = sql.dialect.name
            guard engine == target || (engine == "sqlite" && target == "postgresql") else { throw BackupError.engine(from: engine, to: target) }
            let catalog = SchemaCatalog(sql: sql)
            let own = Set(try await catalog.migrations())
            guard own == Set(migrations) else {
                throw BackupError.otherSchema(
                    missing: migrations.filter { !own.contains($0) }, extra: own.filter { !migrations.contains($0) }.sorted())
            }
            let tables = try await catalog.tables()
            try await clear(sql, tables: tables)
            var summary = Backup.Summary()
            var table = ""
            var columns: [SchemaCatalog.Column] = []
            var pending: [[DumpValue]] = []
            // PostgreSQL checks a foreign key at the end of each INSERT: a row may refer to one of its own table that comes
            // in a later batch (a deputy, an event's series), so such columns go in empty and are filled in after the table.
            var selfReferences: [Int] = []
            var deferred: [[DumpValue]] = []
            func flush() async throws {
                guard !pending.isEmpty else { return }
                if selfReferences.isEmpty {
                    try await insert(sql, table: table, columns: columns, rows: pending, from: engine)
                } else {
                    deferred += pending.filter { row in selfReferences.contains { row[$0] != .null } }
                    let emptied = pending.map { row in row.enumerated().map { selfReferences.contains($0.offset) ? DumpValue.null : $0.element } }
                    try await insert(sql, table: table, columns: columns, rows: emptied, from: engine)
                }
                summary.rows += pending.count
                pending.removeAll(keepingCapacity: true)
            }
            func finishTable() async throws {
                try await flush()
                if !deferred.isEmpty {
                    try await fillIn(sql, table: table, columns: columns, references: selfReferences, rows: deferred, from: engine)
                }
                deferred.removeAll()
            }
            while let data = try reader.next() {
                switch try decoder.decode(DumpLine.self, from: data) {
                case .table(let name, let names):
                    try await finishTable()
                    guard tables.contains(name) else { throw BackupError.notABackup("the table \(name) is not in this database") }
                    let known = try await catalog.columns(of: name)
                    columns = try names.map { column in
                        guard let found = known.first(where: { $0.name == column }) else {
                            throw BackupError.notABackup("no column \(name).\(column)")
                        }
                        return found
                    }
                    table = name
                    let referring = target == "postgresql" ? try await catalog.selfReferences(of: name) : []
                    selfReferences = columns.indices.filter { referring.contains(columns[$0].name) && columns[$0].name != "id" }
                    if !selfReferences.isEmpty, !columns.contains(where: { $0.name == "id" }) { selfReferences = [] }
                    summary.tables += 1
                case .row(let values):
                    guard values.count == columns.count else { throw BackupError.notABackup("a row of \(table) has \(values.count) values") }
                    pending.append(values)
                    if pending.count >= batch { try await flush() }
                case .sequence(let name, let value):
                    try await finishTable()
                    try await setSequence(sql, table: name, value: value)
                case .end(let tableCount, let rowCount):
                    try await finishTable()
                    guard tableCount == summary.tables, rowCount == summary.rows else {
                        throw BackupError.notABackup(
                            "it ends with \(tableCount) tables and \(rowCount) rows, but \(summary.tables) and \(summary.rows) were read")
                    }
                    if target == "postgresql" { try await advanceSequences(sql, tables: try await catalog.serialTables(tables)) }
                    return summary
                case .header:
                    throw BackupError.notABackup("a second header")
                }
            }
            throw BackupError.notABackup("it is cut short (no end line)")
        }
    }

    /// Empties every table. PostgreSQL's TRUNCATE does it at once (no row triggers, no order); SQLite deletes in
    /// reverse order, with the audit trail's refuse-to-delete triggers set aside for the moment and put back as they were.
    private static func clear(_ sql: any SQLDatabase, tables: [String]) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("TRUNCATE \(unsafeRaw: tables.map(quoted).joined(separator: ", ")) RESTART IDENTITY").run()
            return
        }
        try await sql.raw("PRAGMA defer_foreign_keys = ON").run()
        let guards = try await sql.raw("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%RAISE(ABORT%'").all()
            .map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "sql", as: String.self)) }
        for (name, _) in guards { try await sql.raw("DROP TRIGGER \(ident: name)").run() }
        for table in tables.reversed() { try await sql.raw("DELETE FROM \(ident: table)").run() }
        for (_, definition) in guards { try await sql.raw("\(unsafeRaw: definition)").run() }
        if try await sql.raw("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").first() != nil {
            try await sql.raw("DELETE FROM sqlite_sequence").run()
        }
    }

    /// A value as the target engine takes it: on PostgreSQL the backup's text cast to the column's type (a SQLite
    /// backup's value first turned into PostgreSQL's text for that type), on SQLite the value as it was kept.
    private static func expression(_ value: DumpValue, for column: SchemaCatalog.Column, into sql: any SQLDatabase, from engine: String)
        -> any SQLExpression
    {
        if sql.dialect.name == "postgresql" {
            let text: String? =
                engine == "postgresql" ? { if case .text(let s) = value { return s } else { return nil } }() : value.postgresText(for: column.type)
            return SQLFunction("CAST", args: SQLAlias(SQLBind(text), as: SQLRaw(column.type)))
        }
        switch value {
        case .null: return SQLLiteral.null
        case .integer(let v): return SQLBind(v)
        case .real(let v): return SQLBind(v)
        case .text(let v): return SQLBind(v)
        case .blob(let v): return SQLBind(v)
        }
    }

    /// The self-references left empty at insert, set row by row once the whole table is in.
    private static func fillIn(
        _ sql: any SQLDatabase, table: String, columns: [SchemaCatalog.Column], references: [Int], rows: [[DumpValue]], from engine: String
    ) async throws {
        guard let idIndex = columns.firstIndex(where: { $0.name == "id" }) else { return }
        for row in rows {
            let assignments = SQLList(
                references.map { index in
                    SQLBinaryExpression(
                        left: SQLIdentifier(columns[index].name), op: SQLBinaryOperator.equal,
                        right: expression(row[index], for: columns[index], into: sql, from: engine))
                })
            try await sql.raw(
                """
                UPDATE \(ident: table) SET \(assignments) WHERE id = \(expression(row[idIndex], for: columns[idIndex], into: sql, from: engine))
                """
            ).run()
        }
    }

    private static func insert(_ sql: any SQLDatabase, table: String, columns: [SchemaCatalog.Column], rows: [[DumpValue]], from engine: String)
        async throws
    {
        let tuples = rows.map { row in
            SQLGroupExpression(zip(row, columns).map { value, column in expression(value, for: column, into: sql, from: engine) })
        }
        try await sql.raw(
            """
            INSERT INTO \(ident: table) (\(SQLList(columns.map { SQLIdentifier($0.name) }))) VALUES \(SQLList(tuples))
            """
        ).run()
    }

    private static func setSequence(_ sql: any SQLDatabase, table: String, value: Int64) async throws {
        if sql.dialect.name == "postgresql" {
            guard try await SchemaCatalog(sql: sql).serialTables([table]) == [table] else { return }
            try await sql.raw(
                """
                SELECT setval(pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident(\(bind: table)), 'id')::regclass, \(bind: value))
                """
            ).run()
        } else {
            try await sql.raw("DELETE FROM sqlite_sequence WHERE name = \(bind: table)").run()
            try await sql.raw("INSERT INTO sqlite_sequence (name, seq) VALUES (\(bind: table), \(bind: value))").run()
        }
    }

    /// A sequence is never behind the ids restored into its table (a SQLite backup names none for a table that never
    /// handed out an id by itself).
    private static func advanceSequences(_ sql: any SQLDatabase, tables: [String]) async throws {
        for table in tables {
            try await sql.raw(
                """
                SELECT setval(s.name::regclass, m.top) FROM
                  (SELECT pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident(\(bind: table)), 'id') AS name) s,
                  (SELECT MAX(id) AS top FROM \(ident: table)) m
                WHERE s.name IS NOT NULL AND m.top IS NOT NULL AND m.top > COALESCE((SELECT last_value FROM pg_sequences ps
                      WHERE quote_ident(ps.schemaname) || '.' || quote_ident(ps.sequencename) = s.name), 0)
                """
            ).run()
        }
    }
}

/// Reads a file line by line in chunks.
final class LineReader: @unchecked Sendable {
    private let file: FileHandle
    private var buffer = Data()
    private var finished = false

    init?(path: String) {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        self.file = file
    }

    deinit { try? file.close() }

    func next() throws -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                if line.isEmpty { continue }
                return Data(line)
            }
            if finished {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return buffer
            }
            let chunk = try file.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { finished = true } else { buffer.append(chunk) }
        }
    }
}
