import Fluent
import Foundation
import SQLKit

/// Fills a database with synthetic organisations for the benchmarks: valid, unique business IDs,
/// real municipality codes, Finnish-looking names and descriptions. Deterministic for a given seed.
/// Rows go in with multi-row INSERTs, a batch per transaction, through the same search-text folding as the editor.
struct SyntheticAtlas {
    /// One of these sector words is in every description, evenly: a query for one matches about a sixth of the rows.
    static let sectors = ["metalliteollisuus", "matkailu", "elintarvike", "rakentaminen", "kaupanala", "metsaala"]
    static let firstSyllables = [
        "Aal", "Hel", "Kor", "Laa", "Mur", "Nii", "Par", "Rii", "Sal", "Tuu", "Vaa", "Ylä", "Jär", "Kes",
        "Lou", "Mäk", "Oja", "Pel", "Rau", "Sii", "Tal", "Uus", "Vih", "Äijä", "Kal", "Pih", "Sor", "Hon", "Kuu", "Lin",
    ]
    static let secondSyllables = [
        "vio", "mela", "poro", "kata", "sanka", "pio", "rela", "mäki", "joki", "lahti", "niemi", "saari",
        "vuori", "koski", "lampi", "harju", "kangas", "suo", "ranta", "salo", "metsä", "kallio", "vaara",
        "aho", "nummi", "laakso", "selkä", "pelto", "puro", "linna",
    ]
    static let trades = [
        "Tekniikka", "Data", "Robotiikka", "Energia", "Palvelut", "Analytiikka", "Konepaja", "Ohjelmistot",
        "Logistiikka", "Rakennus", "Terveys", "Kehitys", "Laskenta", "Innovaatiot", "Digitaalisuus",
    ]
    static let forms = ["Oy", "Oy", "Oy", "Oyj", "Ky", "ry"]

    let database: any Database
    var batchSize = 1_000

    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Adds `count` organisations; returns how many seconds it took.
    func fill(count: Int, seed: UInt64 = 42, log: (String) -> Void = { _ in }) async throws -> Double {
        let started = Date()
        let municipalities = try await Municipality.query(on: database).all()
        let competences = try await Competence.query(on: database).all()
        var random = Random(state: seed)
        var nextBody = 2_000_000 + Int(seed % 1_000) * 1_000
        var written = 0
        while written < count {
            let size = min(batchSize, count - written)
            var rows: [SQLQueryString] = []
            var links: [(Int, String)] = []
            for _ in 0..<size {
                var businessID: BusinessID?
                while businessID == nil {
                    let digits = String(nextBody).compactMap(\.wholeNumberValue)
                    nextBody += 1
                    if let check = BusinessID.checkDigit(for: digits) { businessID = BusinessID(digits.map(String.init).joined() + "-\(check)") }
                }
                let stem = Self.firstSyllables.randomElement(using: &random)! + Self.secondSyllables.randomElement(using: &random)!
                let name = "\(stem)n \(Self.trades.randomElement(using: &random)!) \(Self.forms.randomElement(using: &random)!)"
                let municipality = municipalities.randomElement(using: &random)!
                let sector = Self.sectors[written % Self.sectors.count]
                let chosen = (0..<Int.random(in: 1...3, using: &random)).map { _ in competences.randomElement(using: &random)! }
                let description = "\(name) toimii alalla \(sector) ja kehittää asiakkailleen ratkaisuja paikkakunnalla \(municipality.nameFi)."
                let type: OrganizationType = [.company, .company, .company, .startup, .association, .developmentCompany].randomElement(
                    using: &random)!
                let searchText = SearchFolding.fold(
                    ([name, businessID!.value, description, municipality.nameFi, municipality.nameSv]
                        + chosen.flatMap { [$0.nameFi, $0.nameSv, $0.nameEn] }).joined(separator: " "))
                rows.append(
                    "(\(bind: name), \(bind: type.rawValue), \(bind: businessID!.value), \(bind: description), \(bind: name.lowercased()), \(bind: searchText), \(bind: municipality.id!), \(bind: Date()), \(bind: Date()))"
                )
                links += Set(chosen.compactMap(\.id)).map { (rows.count - 1, $0) }
                written += 1
            }
            let (batch, batchLinks) = (rows, links)
            try await database.writeTransaction { db in
                let sql = db.sql
                var insert: SQLQueryString =
                    "INSERT INTO organizations (name, type, business_id, description_fi, sort_name, search_text, municipality_code, created_at, updated_at) VALUES "
                insert.appendInterpolation(SQLList(batch.map { $0 as any SQLExpression }))
                insert.appendLiteral(" RETURNING id")
                let ids = try await sql.raw(insert).all().map { try $0.decode(column: "id", as: Int.self) }
                var pivot: [SQLQueryString] = []
                for (row, competence) in batchLinks {
                    pivot.append("(\(bind: UUID()), \(bind: ids[row]), \(bind: competence))")
                }
                if !pivot.isEmpty {
                    var insertLinks: SQLQueryString = "INSERT INTO organization_competences (id, organization_id, competence_id) VALUES "
                    insertLinks.appendInterpolation(SQLList(pivot.map { $0 as any SQLExpression }))
                    try await sql.raw(insertLinks).run()
                }
            }
            if written % 50_000 == 0 || written == count { log("\(written) organisations") }
        }
        // Fresh planner statistics and (PostgreSQL) a vacuumed table, as autovacuum keeps a database that grew over time.
        let sql = database.sql
        try await sql.raw(sql.dialect.name == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE").run()
        return Date().timeIntervalSince(started)
    }
}
