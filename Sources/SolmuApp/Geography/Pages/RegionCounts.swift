import Fluent
import SQLKit

/// How many organisations each region and municipality has, counted by the database.
enum RegionCounts {
    static func organizationsByMunicipality(_ database: any Database) async throws -> [String: Int] {
        let rows = try await database.sql.raw(
            "SELECT municipality_code AS code, COUNT(*) AS n FROM organizations WHERE municipality_code IS NOT NULL GROUP BY municipality_code"
        ).all()
        return try rows.reduce(into: [:]) { $0[try $1.decode(column: "code", as: String.self)] = try $1.decode(column: "n", as: Int.self) }
    }
}
