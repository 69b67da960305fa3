import Fluent
import Vapor

extension RoundTablePage {
    /// The page's loader: every topic as a plain row; `viewer` may start one when they keep a network (a round table is run by one).
    static func load(viewer: User?, on database: any Database) async throws -> RoundTablePage {
        let kept = try await viewer.asyncMap { try await NetworkAccess.kept(by: $0, on: database) } ?? []
        let topics = try await RoundTableLoader.all(on: database)
        return RoundTablePage(
            topics: topics.map { topic in
                Row(
                    id: topic.id ?? 0, title: topic.title, status: topic.status, area: topic.area, networkName: topic.network.name,
                    positionCount: topic.positions.count, meetingCount: topic.meetings.count)
            }, canCreate: !kept.isEmpty)
    }
}
