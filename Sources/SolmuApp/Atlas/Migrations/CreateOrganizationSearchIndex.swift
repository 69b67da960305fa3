import Fluent
import SQLKit

/// The database's own full-text index over `organizations.search_text`:
/// SQLite FTS5 (external content, kept in step by triggers, prefix indexes) or a PostgreSQL
/// generated `tsvector` with a GIN index. The text is folded (ä → a) before it is stored, so
/// "hameenlinna" finds Hämeenlinna on both engines.
struct CreateOrganizationSearchIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name == "sqlite" {
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE organizations_fts USING fts5(
                    search_text, content='organizations', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER organizations_fts_insert AFTER INSERT ON organizations BEGIN
                    INSERT INTO organizations_fts(rowid, search_text) VALUES (new.id, new.search_text);
                END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER organizations_fts_delete AFTER DELETE ON organizations BEGIN
                    INSERT INTO organizations_fts(organizations_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
                END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER organizations_fts_update AFTER UPDATE OF search_text ON organizations BEGIN
                    INSERT INTO organizations_fts(organizations_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
                    INSERT INTO organizations_fts(rowid, search_text) VALUES (new.id, new.search_text);
                END
                """
            ).run()
        } else {
            try await sql.raw(
                """
                ALTER TABLE organizations ADD COLUMN search_vector tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED
                """
            ).run()
            try await sql.raw("CREATE INDEX organizations_search_idx ON organizations USING GIN (search_vector)").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name == "sqlite" {
            for trigger in ["insert", "delete", "update"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "organizations_fts_" + trigger)").run()
            }
            try await sql.raw("DROP TABLE IF EXISTS organizations_fts").run()
        } else {
            try await sql.raw("DROP INDEX IF EXISTS organizations_search_idx").run()
            try await sql.raw("ALTER TABLE organizations DROP COLUMN IF EXISTS search_vector").run()
        }
    }
}
