import Fluent
import Foundation

extension RankingPage {
    /// The page's loader, for a reader the handler let in: the call's consolidated ranking, grouped by the database.
    static func load(call: Call, on database: any Database) async throws -> RankingPage {
        let callID = try call.requireID()
        return RankingPage(callID: callID, callTitle: call.heading, ranking: try await Ranking.load(call: callID, on: database))
    }
}
