import Fluent
import SQLKit
import Vapor

/// The portfolio's filters: programme, theme, status, instrument, city (an implementer's municipality),
/// implementer and a search word. The filters select ids in SQL; only the page's projects are loaded whole.
struct ProjectSearch: Sendable {
    var programme: Int?
    var theme: String?
    var status: Project.Status?
    var instrument: Int?
    var city: String?
    var implementer: Int?
    var text: String?

    /// Reads the filters from the query string; an unknown status or a non-number id is a 422 naming the parameter.
    init(_ request: Request) throws {
        var errors: [String: String] = [:]
        func int(_ name: String) -> Int? {
            guard let raw = request.query[String.self, at: name].nonEmpty else { return nil }
            guard let value = Int(raw) else { errors[name] = "number.invalid"; return nil }
            return value
        }
        programme = int("programme")
        instrument = int("instrument")
        implementer = int("implementer")
        theme = request.query[String.self, at: "theme"].nonEmpty
        city = request.query[String.self, at: "city"].nonEmpty
        text = request.query[String.self, at: "q"].nonEmpty
        if let raw = request.query[String.self, at: "status"].nonEmpty {
            status = Project.Status(rawValue: raw)
            if status == nil { errors["status"] = "project.status.invalid" }
        }
        if !errors.isEmpty { throw Problem.validation(errors) }
    }

    private var conditions: SQLQueryString {
        var parts: [SQLQueryString] = ["1 = 1"]
        if let programme { parts.append("p.programme_id = \(bind: programme)") }
        if let status { parts.append("p.status = \(bind: status.rawValue)") }
        if let instrument { parts.append("p.instrument_id = \(bind: instrument)") }
        if let theme { parts.append("p.id IN (SELECT project_id FROM project_themes WHERE competence_id = \(bind: theme))") }
        if let implementer { parts.append("p.id IN (SELECT project_id FROM project_implementers WHERE organization_id = \(bind: implementer))") }
        if let city {
            parts.append(
                """
                p.id IN (SELECT pi.project_id FROM project_implementers pi JOIN organizations o ON o.id = pi.organization_id
                         WHERE o.municipality_code = \(bind: city))
                """)
        }
        for word in SearchFolding.terms(text ?? "") { parts.append("p.search_text LIKE \(bind: "%\(word)%")") }
        return parts.joined(separator: " AND ")
    }

    func count(on database: any Database) async throws -> Int {
        struct Row: Decodable { var total: Int }
        let sql = database.sql
        return try await sql.raw("SELECT COUNT(*) AS total FROM projects p WHERE \(conditions)").first(decoding: Row.self)?.total ?? 0
    }

    /// One page of projects, spearheads first, then by Finnish name.
    func page(limit: Int, offset: Int, on database: any Database) async throws -> [Project] {
        struct Row: Decodable { var id: Int }
        let sql = database.sql
        let ids = try await sql.raw(
            """
            SELECT p.id FROM projects p WHERE \(conditions)
            ORDER BY p.spearhead DESC, p.name_fi, p.id LIMIT \(unsafeRaw: "\(limit)") OFFSET \(unsafeRaw: "\(offset)")
            """
        ).all(decoding: Row.self).map(\.id)
        guard !ids.isEmpty else { return [] }
        let projects = try await Project.query(on: database).filter(\.$id ~~ ids).with(\.$themes).all()
        let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        return projects.sorted { (order[$0.id ?? 0] ?? 0) < (order[$1.id ?? 0] ?? 0) }
    }
}
