import Fluent
import Vapor

extension ComparisonPage {
    /// The page's loader: every ecosystem to choose from and, when some are chosen, their comparison — or, when they
    /// cannot be compared (too few, too many, unknown), the reason as the choice's error and the error's status.
    static func load(chosen ids: [Int], on database: any Database) async throws -> ComparisonPage {
        let all = try await Ecosystem.query(on: database).sort(\.$name).all().map { Choice(id: $0.id ?? 0, name: $0.name) }
        guard !ids.isEmpty else { return ComparisonPage(all: all, chosen: [], comparison: nil, error: nil) }
        do {
            let comparison = try await EcosystemComparison.build(ids: ids, on: database)
            return ComparisonPage(all: all, chosen: Set(ids), comparison: comparison, error: nil)
        } catch let problem as Problem {
            return ComparisonPage(all: all, chosen: Set(ids), comparison: nil, error: problem.fieldErrors["ids"], status: problem.status)
        }
    }
}
