import Fluent
import SQLKit

/// Finds organisations with the engine's full-text index and the filters, in one SQL statement per engine.
/// Results come ranked by relevance when there is a query, otherwise alphabetically.
struct OrganizationSearch {
    let database: any Database
    private var sql: any SQLDatabase { database.sql }
    var isSQLite: Bool { sql.dialect.name == "sqlite" }

    struct Page {
        var ids: [Int]
        var total: Int
    }

    func page(_ filter: OrganizationFilter, limit: Int, offset: Int) async throws -> Page {
        if isSQLite, let match = sqliteOnlyTerms(filter) {
            // Words and nothing else: FTS5 counts and ranks on its own index, without touching the table (3× faster).
            let total =
                try await sql.raw("SELECT COUNT(*) AS n FROM organizations_fts WHERE organizations_fts MATCH \(bind: match)").first()?
                .decode(column: "n", as: Int.self) ?? 0
            let rows = try await sql.raw(
                """
                SELECT rowid AS id FROM organizations_fts WHERE organizations_fts MATCH \(bind: match)
                ORDER BY rank LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all()
            return Page(ids: try rows.map { try $0.decode(column: "id", as: Int.self) }, total: total)
        }
        let (from, conditions, rank) = clauses(filter)
        let total = try await sql.raw("SELECT COUNT(*) AS n \(from) \(conditions)").first()?.decode(column: "n", as: Int.self) ?? 0
        let order: SQLQueryString = rank.map { "ORDER BY \($0), o.sort_name, o.id" } ?? "ORDER BY o.sort_name, o.id"
        let rows = try await sql.raw("SELECT o.id AS id \(from) \(conditions) \(order) LIMIT \(bind: limit) OFFSET \(bind: offset)").all()
        return Page(ids: try rows.map { try $0.decode(column: "id", as: Int.self) }, total: total)
    }

    /// Every matching id in id order, a batch at a time, for streaming exports of any size.
    func ids(_ filter: OrganizationFilter, after lastID: Int, batch: Int) async throws -> [Int] {
        let (from, conditions, _) = clauses(filter)
        let rows = try await sql.raw("SELECT o.id AS id \(from) \(conditions) AND o.id > \(bind: lastID) ORDER BY o.id LIMIT \(bind: batch)").all()
        return try rows.map { try $0.decode(column: "id", as: Int.self) }
    }

    /// The FTS5 query for the filter's words (each a quoted prefix token: no FTS5 syntax from the visitor reaches the parser).
    private func ftsMatch(_ terms: [String]) -> String {
        terms.map { "\"\($0)\"*" }.joined(separator: " AND ")
    }

    private func sqliteOnlyTerms(_ filter: OrganizationFilter) -> String? {
        guard !filter.terms.isEmpty, filter.type == nil, filter.regionCode == nil, filter.municipalityCode == nil, filter.competenceID == nil
        else { return nil }
        return ftsMatch(filter.terms)
    }

    private func clauses(_ filter: OrganizationFilter) -> (from: SQLQueryString, where: SQLQueryString, rank: SQLQueryString?) {
        var from: SQLQueryString = "FROM organizations o"
        var conditions: SQLQueryString = "WHERE 1 = 1"
        var rank: SQLQueryString?
        let terms = filter.terms
        if !terms.isEmpty {
            if isSQLite {
                let match = ftsMatch(terms)
                from = "FROM organizations o JOIN organizations_fts ON organizations_fts.rowid = o.id"
                conditions.appendLiteral(" AND organizations_fts MATCH ")
                conditions.appendInterpolation(bind: match)
                rank = "organizations_fts.rank"
            } else {
                let query = terms.map { "\($0):*" }.joined(separator: " & ")
                conditions.appendLiteral(" AND o.search_vector @@ to_tsquery('simple', ")
                conditions.appendInterpolation(bind: query)
                conditions.appendLiteral(")")
                // Organisations whose name begins with the first word come first, then the rest alphabetically.
                // (search_text begins with the folded name.) ts_rank would read every matching row's tsvector:
                // a broad word on a large atlas made that the slowest part of the request.
                var r: SQLQueryString = "(o.search_text LIKE "
                r.appendInterpolation(bind: terms[0] + "%")
                r.appendLiteral(") DESC")
                rank = r
            }
        }
        if let type = filter.type {
            conditions.appendLiteral(" AND o.type = ")
            conditions.appendInterpolation(bind: type.rawValue)
        }
        if let municipality = filter.municipalityCode {
            conditions.appendLiteral(" AND o.municipality_code = ")
            conditions.appendInterpolation(bind: municipality)
        }
        if let region = filter.regionCode {
            conditions.appendLiteral(" AND o.municipality_code IN (SELECT code FROM municipalities WHERE region_code = ")
            conditions.appendInterpolation(bind: region)
            conditions.appendLiteral(")")
        }
        if let competence = filter.competenceID {
            conditions.appendLiteral(" AND o.id IN (SELECT organization_id FROM organization_competences WHERE competence_id = ")
            conditions.appendInterpolation(bind: competence)
            conditions.appendLiteral(")")
        }
        return (from, conditions, rank)
    }
}
