import Fluent
import Foundation

extension PipelinePage {
    /// The page's loader, for a reader `insider` (the handler) let in: the counts by state (drafts only counted, and only for
    /// the office; body members see applications assessed and on), a page of the applications in the `requested` state
    /// (all the reader sees when none, or one they do not see), each with its lead, funding requested and mean score.
    static func load(call: Call, isOffice: Bool, requested: ApplicationState?, paging: Paging, on database: any Database) async throws -> PipelinePage
    {
        let callID = try call.requireID()
        let counts = try await ApplicationLoader.counts(ofCall: callID, on: database)
        // Body members see what reaches them: applications assessed and on. Drafts are the consortium's own until submitted.
        let visible = isOffice ? Set(ApplicationState.allCases).subtracting([.draft]) : ApplicationAccess.bodyStates
        let chosen = requested.flatMap { visible.contains($0) ? $0 : nil }
        let states = chosen.map { Set([$0]) } ?? visible
        let applications = try await ApplicationLoader.ofCall(callID, states: states, page: paging, on: database)
        let ranking = try await Ranking.load(call: callID, on: database)
        let means = Dictionary(uniqueKeysWithValues: ranking.rows.map { ($0.applicationID, $0.mean) })
        let rows = try applications.map { application -> Row in
            let id = try application.requireID()
            return Row(
                id: id, title: application.title, leadName: application.lead?.organization.name, requestedCents: application.requestedCents,
                state: application.state, mean: means[id])
        }
        return PipelinePage(
            callID: callID, callTitle: call.heading, applications: rows, counts: counts.filter { visible.contains($0.key) },
            drafts: isOffice ? counts[.draft] ?? 0 : 0, state: chosen, paging: paging,
            total: states.reduce(0) { $0 + (counts[$1] ?? 0) })
    }
}
