import Fluent
import SQLKit

/// What a backup needs to know of the database it reads or writes: its tables in an order that satisfies their
/// foreign keys, each table's columns (with PostgreSQL's type names), and the sequences behind the ids.
/// Read from the engine itself (SQLite's pragmas, PostgreSQL's catalog), so a migration added later is backed up
/// without anyone listing its table here.
struct SchemaCatalog {
    struct Column: Sendable {
        var name: String
        /// `format_type` on PostgreSQL (`timestamp with time zone`, `text[]`), the declared type on SQLite.
        var type: String
    }

    let sql: any SQLDatabase
    var isPostgres: Bool { sql.dialect.name == "postgresql" }

    /// Fluent's bookkeeping: the target's own migrations stand, a backup only says which it was made under.
    static let migrationsTable = "_fluent_migrations"

    /// Every data table, referenced tables before those that refer to them.
    func tables() async throws -> [String] {
        var names: [String]
        var references: [String: Set<String>] = [:]
        if isPostgres {
            names = try await sql.raw("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                .all().map { try $0.decode(column: "name", as: String.self) }
            for row in try await sql.raw(
                """
                SELECT cl.relname AS child, pa.relname AS parent FROM pg_constraint c
                JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
                JOIN pg_namespace n ON n.oid = cl.relnamespace
                WHERE c.contype = 'f' AND n.nspname = current_schema()
                """
            ).all() {
                references[try row.decode(column: "child", as: String.self), default: []].insert(try row.decode(column: "parent", as: String.self))
            }
        } else {
            let all = try await sql.raw("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
            // Full-text tables (and the shadow tables SQLite keeps for them) are filled by triggers from the rows.
            let virtual = try all.filter {
                (try $0.decodeNil(column: "sql") ? "" : try $0.decode(column: "sql", as: String.self)).hasPrefix("CREATE VIRTUAL")
            }
            .map { try $0.decode(column: "name", as: String.self) }
            names = try all.map { try $0.decode(column: "name", as: String.self) }
                .filter { name in !virtual.contains { name == $0 || name.hasPrefix($0 + "_") } }
            for name in names {
                for row in try await sql.raw("SELECT \"table\" AS parent FROM pragma_foreign_key_list(\(bind: name))").all() {
                    references[name, default: []].insert(try row.decode(column: "parent", as: String.self))
                }
            }
        }
        names.removeAll { $0 == Self.migrationsTable }
        return Self.ordered(names, references: references)
    }

    /// Parents first (a table's references to itself do not count); the order is stable for the same schema.
    static func ordered(_ names: [String], references: [String: Set<String>]) -> [String] {
        var placed: [String] = []
        var remaining = names
        while !remaining.isEmpty {
            let ready = remaining.filter { name in
                references[name, default: []].subtracting([name]).allSatisfy { placed.contains($0) || !names.contains($0) }
            }
            let next = ready.isEmpty ? [remaining[0]] : ready
            placed += next
            remaining.removeAll { next.contains($0) }
        }
        return placed
    }

    /// The columns of `table` that refer to rows of the same table (PostgreSQL's catalog).
    func selfReferences(of table: String) async throws -> [String] {
        try await sql.raw(
            """
            SELECT a.attname AS name FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
            WHERE c.contype = 'f' AND c.conrelid = c.confrelid
              AND c.conrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(\(bind: table)))
            """
        ).all().map { try $0.decode(column: "name", as: String.self) }
    }

    /// The columns a row is written with: generated columns (PostgreSQL's search vector) are made by the database.
    func columns(of table: String) async throws -> [Column] {
        if isPostgres {
            return try await sql.raw(
                """
                SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
                WHERE a.attrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(\(bind: table)))
                  AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum
                """
            ).all().map { Column(name: try $0.decode(column: "name", as: String.self), type: try $0.decode(column: "type", as: String.self)) }
        }
        return try await sql.raw("SELECT name, type, hidden FROM pragma_table_xinfo(\(bind: table))").all()
            .filter { try $0.decode(column: "hidden", as: Int.self) == 0 }
            .map { Column(name: try $0.decode(column: "name", as: String.self), type: try $0.decode(column: "type", as: String.self)) }
    }

    /// The tables whose whole-number `id` a sequence hands out (PostgreSQL).
    func serialTables(_ tables: [String]) async throws -> [String] {
        var result: [String] = []
        for table in tables where try await columns(of: table).contains(where: { $0.name == "id" && ["bigint", "integer"].contains($0.type) }) {
            let row = try await sql.raw(
                """
                SELECT pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident(\(bind: table)), 'id') AS name
                """
            ).first()
            if let row, !(try row.decodeNil(column: "name")) { result.append(table) }
        }
        return result
    }

    /// The sequence value of each table that has one.
    func sequences(_ tables: [String]) async throws -> [(table: String, value: Int64)] {
        if isPostgres {
            var result: [(String, Int64)] = []
            for table in try await serialTables(tables) {
                guard
                    let row = try await sql.raw(
                        """
                        SELECT pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident(\(bind: table)), 'id') AS name
                        """
                    ).first(), !(try row.decodeNil(column: "name"))
                else { continue }
                let sequence = try row.decode(column: "name", as: String.self)
                let value = try await sql.raw("SELECT last_value, is_called FROM \(unsafeRaw: sequence)").first()
                if let value, try value.decode(column: "is_called", as: Bool.self) {
                    result.append((table, try value.decode(column: "last_value", as: Int64.self)))
                }
            }
            return result
        }
        guard try await sql.raw("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").first() != nil else { return [] }
        return try await sql.raw("SELECT name, seq FROM sqlite_sequence ORDER BY name").all()
            .map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "seq", as: Int64.self)) }
            .filter { tables.contains($0.0) }
    }

    /// The migrations the schema has been through, in order.
    func migrations() async throws -> [String] {
        try await sql.raw("SELECT name FROM \(ident: Self.migrationsTable) ORDER BY batch, name").all()
            .map { try $0.decode(column: "name", as: String.self) }
    }
}
